import { createScheduledController, env } from "cloudflare:test";
import { auditLog, notifications, reportEvents } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { ERASED_TEXT, StaffReport } from "@kycuong/domain/reports";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import worker from "../workers/api/src/index";
import { ok, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { insertReport, rowOf, setTenantSettings } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

const DAY = 86_400_000;
/**
 * Two Sunday mornings already past: the cron then queues no digest (a
 * Sunday) and no single email (every pending one is due later), so these
 * runs erase and do nothing else to the other tests' tenants.
 */
const FIRST_RUN = Date.parse("2026-11-22T00:30:00.000Z");
const WEEK_LATER = FIRST_RUN + 7 * DAY;

describe("the reporter's contact details", () => {
  it("are shown to hotline officers and tenant admins only; unit heads and viewers get null", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId });
    for (const role of ["hotline_officer", "tenant_admin"] as const) {
      const seen = await ok(await signIn(d, role).get(`/reports/${report.id}`), StaffReport);
      expect(seen.reporter, role).toEqual({
        name: "Nguyễn Văn Thử",
        phone: "0905 000 111",
        email: "thu@example.vn",
        consentToContact: true,
      });
    }
    for (const role of ["unit_head", "viewer", "inspector"] as const) {
      const res = await signIn(d, role).get(`/reports/${report.id}`);
      const text = await res.text();
      expect(res.status, role).toBe(200);
      expect(JSON.parse(text).reporter, role).toBeNull();
      for (const secret of ["Nguyễn Văn Thử", "0905 000 111", "thu@example.vn"])
        expect(text, role).not.toContain(secret);
    }
  });

  it("are not on the unit head's console case page, which says who may see them", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId });
    const head = new ConsoleBrowser(d.tenant.slug);
    await head.signIn(d.users.unit_head.email);
    const page = await head.get(`/t/${d.tenant.slug}/app/reports/${report.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("chỉ hiển thị cho cán bộ tiếp nhận");
    for (const secret of ["Nguyễn Văn Thử", "0905 000 111", "thu@example.vn"]) expect(page.html).not.toContain(secret);

    const officer = new ConsoleBrowser(d.tenant.slug);
    await officer.signIn(d.users.hotline_officer.email);
    expect((await officer.get(`/t/${d.tenant.slug}/app/reports/${report.id}`)).html).toContain("0905 000 111");
  });
});

/** A report finished `daysAgo` days before the first run, with a follow-up message and the answer email that was sent to its reporter. */
async function finishedReport(
  d: StaffTenant,
  daysAgo: number,
  status: "closed" | "rejected" | "in_progress" = "closed",
) {
  const at = new Date(FIRST_RUN - daysAgo * DAY).toISOString();
  const report = await insertReport(d, {
    status,
    assignedUnitId: d.communeUnitId,
    location: "Bộ phận một cửa UBND xã",
    officialText: "anh Tư địa chính",
    finding: "substantiated",
    answer: "Đã nhắc nhở cán bộ.",
    createdAt: at,
    updatedAt: at,
  });
  const messageId = newId();
  const answerId = newId();
  const db = testDb();
  await db.insert(reportEvents).values([
    {
      id: messageId,
      tenantId: d.tenant.id,
      reportId: report.id,
      kind: "reporter_message",
      body: "Tôi là Nguyễn Văn Thử, số nhà 12, bổ sung thêm thông tin.",
      public: true,
      actorType: "public",
      at,
    },
    {
      id: answerId,
      tenantId: d.tenant.id,
      reportId: report.id,
      kind: "answer",
      public: true,
      body: "Đã nhắc nhở cán bộ.",
      actorType: "user",
      at,
    },
  ]);
  await db.insert(notifications).values({
    id: newId(),
    tenantId: d.tenant.id,
    kind: "report_answer",
    recipient: "thu@example.vn",
    ref: answerId,
    localDate: at.slice(0, 10),
    subject: "Trả lời phản ánh",
    bodyHtml: "<p>Kính gửi Nguyễn Văn Thử</p>",
    bodyText: "Kính gửi Nguyễn Văn Thử",
    itemCount: 0,
    overdueCount: 0,
    status: "sent",
    nextAttemptAt: at,
    sentAt: at,
    createdAt: at,
    updatedAt: at,
  });
  return report;
}

async function runCron(scheduledTime: number) {
  const log = vi.spyOn(console, "log");
  try {
    await worker.scheduled(createScheduledController({ scheduledTime, cron: "*/15 * * * *" }), env);
    return log.mock.calls
      .map(([line]) => (typeof line === "string" ? JSON.parse(line) : null))
      .find((entry) => entry?.msg === "scheduled run");
  } finally {
    log.mockRestore();
  }
}

describe("retention: the reporter's data is erased N days after the report is finished", () => {
  it("erases contact and free text of finished reports past the tenant's period, keeps the statistics, once", async () => {
    const d = await createStaffTenant();
    await setTenantSettings(d, { privacy: { reporterDataRetentionDays: 30 } });
    const expired = await finishedReport(d, 31);
    const recent = await finishedReport(d, 25);
    const open = await finishedReport(d, 90, "in_progress");

    const summary = await runCron(FIRST_RUN);
    expect(summary).toMatchObject({ enqueued: 0 });
    expect(summary.erasedReports).toBeGreaterThanOrEqual(1);

    const erased = await rowOf(expired.id);
    expect(erased).toMatchObject({
      reporterName: null,
      reporterPhone: null,
      reporterEmail: null,
      consentToContact: false,
      description: ERASED_TEXT,
      location: null,
      officialText: null,
      clientHash: null,
      // What the statistics need stays.
      status: "closed",
      categoryCode: "thai_do",
      assignedUnitId: d.communeUnitId,
      finding: "substantiated",
      answer: "Đã nhắc nhở cán bộ.",
      createdAt: expired.createdAt,
      updatedAt: expired.updatedAt,
    });
    expect(erased?.personalDataErasedAt).toBeTruthy();
    const events = await testDb().select().from(reportEvents).where(eq(reportEvents.reportId, expired.id));
    expect(events.find((e) => e.kind === "reporter_message")?.body).toBe(ERASED_TEXT);
    expect(events.find((e) => e.kind === "answer")?.body).toBe("Đã nhắc nhở cán bộ.");
    const [email] = await testDb()
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.tenantId, d.tenant.id),
          eq(notifications.ref, events.find((e) => e.kind === "answer")?.id ?? ""),
        ),
      );
    expect(email).toMatchObject({ recipient: "", bodyText: ERASED_TEXT, bodyHtml: ERASED_TEXT, status: "sent" });

    for (const kept of [recent, open]) {
      expect(await rowOf(kept.id)).toMatchObject({ reporterName: "Nguyễn Văn Thử", personalDataErasedAt: null });
    }

    // The officer who opens the case sees why it is empty.
    const seen = await ok(await signIn(d, "hotline_officer").get(`/reports/${expired.id}`), StaffReport);
    expect(seen.reporter).toEqual({ name: null, phone: null, email: null, consentToContact: false });
    expect(seen.erasedAt).toBe(erased?.personalDataErasedAt);

    // A week later the recent one has passed its period too; the erased one is not touched again.
    await runCron(WEEK_LATER);
    expect(await rowOf(recent.id)).toMatchObject({ reporterName: null, description: ERASED_TEXT });
    expect((await rowOf(expired.id))?.personalDataErasedAt).toBe(erased?.personalDataErasedAt);
    const audits = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.action, "reports.personal_data_erased")));
    expect(audits.map((a) => a.changes?.reportIds?.[1])).toEqual([[expired.id], [recent.id]]);
    expect(JSON.stringify(audits)).not.toContain("Nguyễn Văn Thử");
  });

  it("leaves a tenant on the default period (365 days) alone at 200 days", async () => {
    const d = await createStaffTenant();
    const report = await finishedReport(d, 200, "rejected");
    await runCron(FIRST_RUN);
    expect(await rowOf(report.id)).toMatchObject({ reporterEmail: "thu@example.vn", personalDataErasedAt: null });
  });
});
