import { auditLog } from "@kycuong/db";
import { NationalCalendarYear, TenantCalendar, TenantCalendarDay } from "@kycuong/domain/calendar";
import { ReportCategory } from "@kycuong/domain/hotline";
import { ReportListItem } from "@kycuong/domain/reports";
import { TenantAdminView, TenantSettings } from "@kycuong/domain/tenants";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiClient, apiClient, created, ok, pageOf, signIn } from "./fixtures/client";
import { insertTenant, testDb, uniqueSlug } from "./fixtures/db";
import { aReport, fileReport } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";
import { createPlatformAdmin, createStaffTenant, type StaffTenant } from "./fixtures/staff";

/** An instant given as Hà Nội local time. */
const hn = (local: string) => new Date(`${local}+07:00`);
/** The end of a local day in Hà Nội, as the deadlines are stored. */
const endOf = (date: string) => `${date}T16:59:59.999Z`;

/** From here on, every request (and every token signed for it) happens at this Hà Nội moment. */
function freezeAt(local: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(hn(local));
}
afterEach(() => {
  vi.useRealTimers();
});

async function platformAdmin(): Promise<ApiClient> {
  const admin = await createPlatformAdmin();
  return apiClient({ base: "/v1/platform", token: () => admin.token() });
}

/** A category answered within `days` working days, created through the tenant's API. */
async function addCategory(staff: ApiClient, code: string, days: number) {
  await created(
    await staff.post("/report-categories", { code, nameVi: "Thái độ", nameEn: "Attitude", deadlineWorkingDays: days }),
    ReportCategory,
  );
}

async function calendarOf(d: StaffTenant, year: number): Promise<TenantCalendar> {
  return ok(await signIn(d, "tenant_admin").get(`/calendar?year=${year}`), TenantCalendar);
}

describe("the national calendar every tenant inherits", () => {
  it("a district opened through POST /v1/platform/tenants counts its deadlines across Tết and the April–May holidays", async () => {
    const slug = uniqueSlug("moi");
    const admin = await platformAdmin();
    await created(
      await admin.post("/tenants", { slug, name: "Huyện Mới", level: "district", province: "Quảng Ngãi" }),
      TenantAdminView,
    );
    const staff = admin.at(`/v1/tenants/${slug}`);
    await addCategory(staff, "thai_do", 10);
    await addCategory(staff, "cham_tre", 3);

    // Wednesday 3 Feb 2027: Tết Đinh Mùi (projected) is off 4–10 Feb, so ten working days end on Wednesday 24 Feb,
    // not on 17 Feb as they would with weekends alone.
    freezeAt("2027-02-03T10:00:00");
    expect((await fileReport(slug, aReport)).dueAt).toBe(endOf("2027-02-24"));

    // Friday 24 Apr 2026 + 3: Monday 27 Apr (in lieu of Hùng Kings' day), 30 Apr and 1 May are off: Monday 4 May.
    freezeAt("2026-04-24T15:00:00");
    expect((await fileReport(slug, { ...aReport, category: "cham_tre" })).dueAt).toBe(endOf("2026-05-04"));
  });

  it("answers a tenant's calendar for a year: the national days with their names, origin, source and the year's status", async () => {
    const d = await createStaffTenant();
    const year2026 = await calendarOf(d, 2026);
    expect(year2026).toMatchObject({ year: 2026, status: "announced", countedWithoutCalendar: false });
    expect(year2026.source).toContain("12729/VPCP-KGVX");
    expect(year2026.days.find((day) => day.date === "2026-02-16")).toEqual({
      date: "2026-02-16",
      kind: "holiday",
      dayOff: true,
      name: "Tết Nguyên Đán Bính Ngọ",
      nameEn: "Lunar New Year (Tết)",
      origin: "national",
      source: year2026.source,
      replaces: null,
    });
    expect(year2026.days.find((day) => day.date === "2026-01-10")).toMatchObject({
      kind: "working_day",
      dayOff: false,
    });
    expect(year2026.days.filter((day) => day.dayOff)).toHaveLength(12);

    const year2027 = await calendarOf(d, 2027);
    expect(year2027.status).toBe("projected");
    expect(year2027.days.map((day) => day.date)).toContain("2027-02-04");
    // Every role that reads the settings reads the calendar; a unit head does not.
    await ok(await signIn(d, "viewer").get("/calendar?year=2026"), TenantCalendar);
    await expectProblem(await signIn(d, "unit_head").get("/calendar?year=2026"), 403, "forbidden");
    await expectProblem(await signIn(d, "tenant_admin").get("/calendar?year=26"), 400, "validation_failed");
  });

  it("a tenant adds a day of its own and works a national holiday: its deadlines and calendar follow, audited; other tenants are unaffected", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    await addCategory(admin, "cham_tre", 3);
    await addCategory(signIn(other, "tenant_admin"), "cham_tre", 3);

    const festival = await ok(
      await admin.put("/calendar/2026-10-20", { kind: "holiday", name: "Lễ hội Cầu Ngư", source: "QĐ 15/QĐ-UBND" }),
      TenantCalendarDay,
    );
    expect(festival).toMatchObject({ date: "2026-10-20", kind: "holiday", name: "Lễ hội Cầu Ngư" });
    await ok(await admin.put("/calendar/2026-04-30", { kind: "worked", name: "Trực lễ" }), TenantCalendarDay);
    // Sending the same day again changes nothing.
    await ok(await admin.put("/calendar/2026-04-30", { kind: "worked", name: "Trực lễ" }), TenantCalendarDay);

    const calendar = await calendarOf(d, 2026);
    expect(calendar.days.find((day) => day.date === "2026-10-20")).toMatchObject({
      kind: "holiday",
      dayOff: true,
      origin: "tenant",
      source: "QĐ 15/QĐ-UBND",
      replaces: null,
    });
    expect(calendar.days.find((day) => day.date === "2026-04-30")).toMatchObject({
      kind: "worked",
      dayOff: false,
      origin: "tenant",
      replaces: { kind: "holiday", nameVi: "Ngày Giải phóng miền Nam, thống nhất đất nước" },
    });
    const otherCalendar = await calendarOf(other, 2026);
    expect(otherCalendar.days.map((day) => day.date)).not.toContain("2026-10-20");
    expect(otherCalendar.days.find((day) => day.date === "2026-04-30")?.origin).toBe("national");

    // Wednesday 29 Apr + 3: here 30 Apr is worked (30 Apr, 4 May, 5 May); next door it is off (4, 5, 6 May).
    freezeAt("2026-04-29T09:00:00");
    expect((await fileReport(d.tenant.slug, { ...aReport, category: "cham_tre" })).dueAt).toBe(endOf("2026-05-05"));
    expect((await fileReport(other.tenant.slug, { ...aReport, category: "cham_tre" })).dueAt).toBe(endOf("2026-05-06"));
    // Monday 19 Oct + 3: the festival on Tuesday 20 Oct does not count here.
    freezeAt("2026-10-19T09:00:00");
    expect((await fileReport(d.tenant.slug, { ...aReport, category: "cham_tre" })).dueAt).toBe(endOf("2026-10-23"));
    expect((await fileReport(other.tenant.slug, { ...aReport, category: "cham_tre" })).dueAt).toBe(endOf("2026-10-22"));
    vi.useRealTimers();

    // Removing its day gives the date back to the national calendar; removing it again is harmless.
    expect((await admin.delete("/calendar/2026-04-30")).status).toBe(204);
    expect((await admin.delete("/calendar/2026-04-30")).status).toBe(204);
    expect((await calendarOf(d, 2026)).days.find((day) => day.date === "2026-04-30")?.origin).toBe("national");

    const audit = await testDb()
      .select({ action: auditLog.action, entityId: auditLog.entityId, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityType, "tenant_calendar_day")))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => [entry.action, entry.entityId])).toEqual([
      ["tenant.calendar_day_set", "2026-10-20"],
      ["tenant.calendar_day_set", "2026-04-30"],
      ["tenant.calendar_day_removed", "2026-04-30"],
    ]);

    // Neither a hotline officer nor another tenant's admin changes this tenant's days.
    await expectProblem(
      await signIn(d, "hotline_officer").put("/calendar/2026-11-02", { kind: "holiday", name: "Nghỉ" }),
      403,
      "forbidden",
    );
    await expectProblem(
      await signIn(other, "tenant_admin").at(`/v1/tenants/${d.tenant.slug}`).put("/calendar/2026-11-02", {
        kind: "holiday",
        name: "Nghỉ",
      }),
      404,
      "tenant_not_found",
    );
    await expectProblem(
      await admin.put("/calendar/2026-02-30", { kind: "holiday", name: "Nghỉ" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await admin.put("/calendar/2026-11-02", { kind: "off", name: "Nghỉ" }),
      400,
      "validation_failed",
    );
  });

  it("shows a year without national data as missing, and flags the deadlines counted through it", async () => {
    const d = await createStaffTenant();
    const missing = await calendarOf(d, 2030);
    expect(missing).toEqual({ year: 2030, status: "missing", source: null, countedWithoutCalendar: true, days: [] });
    const admin = await platformAdmin();
    expect(await ok(await admin.get("/calendar/2030"), NationalCalendarYear)).toEqual({
      year: 2030,
      status: "missing",
      source: null,
      updatedAt: null,
      days: [],
    });

    const staff = signIn(d, "tenant_admin");
    await addCategory(staff, "thai_do", 10);
    freezeAt("2030-03-04T09:00:00");
    await fileReport(d.tenant.slug, aReport);
    freezeAt("2026-12-21T09:00:00");
    // 10 working days from 21 Dec 2026 reach into January 2027, which has (projected) data.
    await fileReport(d.tenant.slug, aReport);
    vi.useRealTimers();
    const items = (await ok(await signIn(d, "hotline_officer").get("/reports"), pageOf(ReportListItem))).items;
    const byYear = (year: string) => items.find((item) => item.createdAt.startsWith(year));
    expect(byYear("2030")?.deadlineCountedWithoutCalendar).toBe(true);
    expect(byYear("2026")?.deadlineCountedWithoutCalendar).toBe(false);
  });

  it("the platform admin replaces a year (a projection by the notice), audited; every tenant counts with it; a tenant admin cannot", async () => {
    const d = await createStaffTenant();
    const admin = await platformAdmin();
    const year = {
      status: "announced",
      source: "Thông báo số 99/TB-VPCP (thử nghiệm)",
      days: [
        { date: "2031-01-01", kind: "holiday", nameVi: "Tết Dương lịch", nameEn: "New Year's Day" },
        { date: "2031-01-02", kind: "day_off_in_lieu", nameVi: "Nghỉ hoán đổi", nameEn: "Swapped day off" },
        { date: "2031-01-04", kind: "working_day", nameVi: "Làm bù", nameEn: "Working Saturday" },
      ],
    };
    await expectProblem(
      await signIn(d, "tenant_admin").at("/v1/platform").put("/calendar/2031", year),
      403,
      "forbidden",
    );
    expect((await calendarOf(d, 2031)).status).toBe("missing");

    const stored = await ok(await admin.put("/calendar/2031", year), NationalCalendarYear);
    expect(stored).toMatchObject({ year: 2031, status: "announced", source: year.source, days: year.days });
    // The same year again changes nothing and is not audited twice.
    await ok(await admin.put("/calendar/2031", year), NationalCalendarYear);
    expect(await ok(await admin.get("/calendar/2031"), NationalCalendarYear)).toEqual(stored);

    const calendar = await calendarOf(d, 2031);
    expect(calendar).toMatchObject({ status: "announced", countedWithoutCalendar: false });
    expect(calendar.days.map((day) => [day.date, day.origin])).toEqual([
      ["2031-01-01", "national"],
      ["2031-01-02", "national"],
      ["2031-01-04", "national"],
    ]);

    // The notice moves the swap: the year is replaced whole.
    const corrected = { ...year, days: year.days.slice(0, 1) };
    await ok(await admin.put("/calendar/2031", corrected), NationalCalendarYear);
    expect((await calendarOf(d, 2031)).days.map((day) => day.date)).toEqual(["2031-01-01"]);

    const audit = await testDb()
      .select({ action: auditLog.action, tenantId: auditLog.tenantId, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "national_calendar_year"), eq(auditLog.entityId, "2031")))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => [entry.action, entry.tenantId])).toEqual([
      ["national_calendar.created", null],
      ["national_calendar.updated", null],
    ]);
    expect(Object.keys(audit[1]?.changes ?? {})).toEqual(["days"]);

    // Days outside the year, or twice, are refused and nothing is written.
    const bad = await expectProblem(
      await admin.put("/calendar/2031", {
        ...year,
        days: [year.days[0], { ...year.days[0] }, { ...year.days[1], date: "2032-01-02" }],
      }),
      400,
      "validation_failed",
    );
    expect(bad.errors?.map((e) => e.path)).toEqual(["body.days.1.date", "body.days.2.date"]);
    expect((await calendarOf(d, 2031)).days.map((day) => day.date)).toEqual(["2031-01-01"]);
    await expectProblem(await admin.put("/calendar/1999", year), 400, "validation_failed");
  });
});

describe("migration 0011: existing tenants move to the inherited calendar", () => {
  /** The migration's statements that move tenants (after the tables and the national data), as it ships. */
  const tenantMove = Object.values(
    import.meta.glob("../migrations/0012_national_calendar.sql", { query: "?raw", import: "default", eager: true }),
  )[0]
    ?.split("--> statement-breakpoint")
    .filter((statement) => /INSERT OR IGNORE INTO `tenant_calendar_days`|UPDATE `tenants`/.test(statement));

  it("keeps the days a tenant added itself, drops the ones the national calendar gives, and retires the setting", async () => {
    expect(tenantMove).toHaveLength(3);
    const tenant = await insertTenant({
      settings: {
        onTheSpotTarget: 0.9,
        workingCalendar: {
          "2026": {
            // Tết and 2 Sep are national; 20 Oct is the district's own festival.
            holidays: ["2026-02-16", "2026-09-02", "2026-10-20"],
            // 10 Jan is the national swap; 28 Feb is the district's own.
            workingDays: ["2026-01-10", "2026-02-28"],
            source: "Quyết định 15/QĐ-UBND",
          },
          "2025": { holidays: ["2025-12-24"] },
        },
      },
    });
    for (const statement of tenantMove ?? []) await testDb().run(sql.raw(statement));

    const d = await createStaffTenant();
    // A tenant with no staff of its own: the platform admin reads its calendar and settings.
    const admin = (await platformAdmin()).at(`/v1/tenants/${tenant.slug}`);
    const own = async (year: number) =>
      (await ok(await admin.get(`/calendar?year=${year}`), TenantCalendar)).days
        .filter((day) => day.origin === "tenant")
        .map((day) => [day.date, day.kind, day.source]);
    expect(await own(2026)).toEqual([
      ["2026-02-28", "worked", "Quyết định 15/QĐ-UBND"],
      ["2026-10-20", "holiday", "Quyết định 15/QĐ-UBND"],
    ]);
    expect(await own(2025)).toEqual([["2025-12-24", "holiday", "settings.workingCalendar"]]);
    const settings = await ok(await admin.get("/settings"), TenantSettings);
    expect(settings.onTheSpotTarget).toBe(0.9);
    expect(settings).not.toHaveProperty("workingCalendar");
    // Nobody else's days moved.
    expect((await calendarOf(d, 2026)).days.filter((day) => day.origin === "tenant")).toEqual([]);
  });
});
