import { env } from "cloudflare:test";
import { tenants } from "@kycuong/db";
import { demoAlertMorning, demoInspectionId, seedDemoData } from "@kycuong/demo";
import { localDate, TenantCalendar } from "@kycuong/domain/calendar";
import { PublicHotline, PublicReportCategories } from "@kycuong/domain/hotline";
import { Task } from "@kycuong/domain/tasks";
import { TrackingBookEntry } from "@kycuong/domain/tracking-book";
import { Unit } from "@kycuong/domain/units";
import { VerifyResult, ViolationRecordSummary } from "@kycuong/domain/violations";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { Me } from "../workers/api/src/routes/auth/me";
import { receivedBy, runAlertJobs } from "./fixtures/alerts";
import { apiClient, logIn, ok, pageOf } from "./fixtures/client";
import { testDb } from "./fixtures/db";

const password = "kycuong-demo-2026";

/** Bình Sơn's staff API as the demo account `email`, logged in like the staff app. */
async function binhSon(email: string) {
  return (await logIn({ tenant: "binh-son", email, password })).at("/v1/tenants/binh-son");
}

describe("demo data (what `npm run dev` seeds)", () => {
  it("is idempotent and every demo account can log in with its role", async () => {
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const second = await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    expect(second).toEqual({
      tenantsCreated: 0,
      unitsCreated: 0,
      officialsCreated: 0,
      usersCreated: 0,
      categoriesCreated: 0,
      channelsCreated: 0,
      reportsCreated: 0,
      tasksCreated: 0,
      remindersCreated: 0,
      trackingBookEntriesCreated: 0,
      dialoguesCreated: 0,
      dialogueIssuesCreated: 0,
      checklistTemplatesCreated: 0,
      violationTypesCreated: 0,
      inspectionTeamsCreated: 0,
      inspectionsCreated: 0,
      violationRecordsCreated: 0,
      violationExplanationsReceived: 0,
      violationDecisionsRecorded: 0,
    });

    const accounts: [string | undefined, string, string][] = [
      [undefined, "platform@kycuong.example", "platform_admin"],
      ["binh-son", "admin@binh-son.example", "tenant_admin"],
      ["binh-son", "vanphong@binh-son.example", "party_office"],
      ["binh-son", "kiemtra@binh-son.example", "inspector"],
      ["binh-son", "tiepdan@binh-son.example", "hotline_officer"],
      ["binh-son", "truongxa@binh-son.example", "unit_head"],
      ["binh-son", "lanhdao@binh-son.example", "viewer"],
      ["son-tinh", "admin@son-tinh.example", "tenant_admin"],
    ];
    for (const [tenant, email, role] of accounts) {
      const account = await logIn({ ...(tenant ? { tenant } : {}), email, password });
      const me = await ok(await account.get("/v1/auth/me"), Me);
      expect(me.roles, email).toEqual([role]);
    }
  });

  it("gives the commune head only xã Bình Thanh Đông, and shows the town without a head email", async () => {
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const units = async (email: string) => ok(await (await binhSon(email)).get("/units"), pageOf(Unit));
    const headView = await units("truongxa@binh-son.example");
    expect(headView.items.map((u) => u.name)).toEqual(["UBND xã Bình Thanh Đông"]);
    const all = await units("lanhdao@binh-son.example");
    expect(all.items).toHaveLength(7);
    expect(all.items.find((u) => u.name === "UBND thị trấn Châu Ổ")?.hasHeadEmail).toBe(false);
  });

  it("publishes Bình Sơn's hotline, the six categories and the 2026 holidays", async () => {
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const visitor = apiClient({ base: "/v1/public/tenants" });
    const hotline = await ok(await visitor.get("/binh-son/hotline"), PublicHotline);
    expect(hotline.channels.map((c) => c.kind)).toEqual(expect.arrayContaining(["phone", "email"]));
    expect(hotline.channels.every((c) => c.value.startsWith("0255") || c.value.includes("@"))).toBe(true);
    for (const placement of ["district_portal", "commune_offices", "public_admin_centre"] as const) {
      expect(
        hotline.channels.some((c) => c.postedAt.includes(placement)),
        placement,
      ).toBe(true);
    }
    expect(hotline.unitContacts.map((u) => u.unit.name)).toContain("UBND xã Bình Thanh Đông");

    for (const slug of ["binh-son", "son-tinh"]) {
      const categories = await ok(await visitor.get(`/${slug}/report-categories`), PublicReportCategories);
      expect(categories.items.map((c) => c.code)).toEqual(
        expect.arrayContaining(["attitude", "harassment", "delay", "absence", "alcohol", "other"]),
      );
    }

    const admin = await binhSon("admin@binh-son.example");
    // The holidays are the national calendar's (migration 0011), which the demo tenants inherit like any other.
    const calendar = await ok(await admin.get("/calendar?year=2026"), TenantCalendar);
    expect(calendar.status).toBe("announced");
    expect(calendar.days).toContainEqual(
      expect.objectContaining({ date: "2026-02-16", origin: "national", dayOff: true }),
    );
  });

  it("has a task in Bình Sơn's 2026 tracking book after two reminders, and one with a single reminder", async () => {
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const office = await binhSon("vanphong@binh-son.example");
    const tasks = await ok(await office.get("/tasks"), pageOf(Task));
    const bySource = (doc: string) => tasks.items.find((t) => t.sourceDocNumber === doc);
    expect(bySource("125-TB/HU")).toMatchObject({ remindersCount: 2, hasTrackingBookEntry: true });
    expect(bySource("131-TB/HU")).toMatchObject({ remindersCount: 1, hasTrackingBookEntry: false });
    const book = await ok(await office.get("/tracking-book?year=2026"), pageOf(TrackingBookEntry));
    expect(book.items.map((e) => e.reminders.map((r) => r.docNumber))).toEqual([["18-CV/HU", "27-CV/HU"]]);
  });

  it("has an issued, intact violation record at xã Bình Thanh Đông with one explanation and one reprimand", async () => {
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const inspector = await binhSon("kiemtra@binh-son.example");
    const inspectionId = await demoInspectionId(testDb(), await binhSonId());
    const page = await ok(
      await inspector.get("/violations?typeCode=alcohol_during_work"),
      pageOf(ViolationRecordSummary),
    );
    const demo = page.items.filter((r) => r.inspectionId === inspectionId);
    expect(demo).toHaveLength(1);
    const record = demo[0] as (typeof demo)[number];
    expect(record.status).toBe("issued");
    expect(record.officials).toHaveLength(3);
    expect(record.officials.filter((o) => o.status === "explanation_received" && o.explanationText)).toHaveLength(1);
    expect(record.officials.filter((o) => o.status === "decided" && o.decision === "reprimand")).toHaveLength(1);
    const verify = await ok(await inspector.get(`/violations/${record.id}/verify`), VerifyResult);
    expect(verify.intact).toBe(true);
  });
  it("has overdue items for the unit heads at the morning `npm run dev` tells developers to replay", async () => {
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const morning = await demoAlertMorning(testDb(), new Date());
    await runAlertJobs([{ tenantId: await binhSonId(), scheduledTime: morning.getTime() }]);
    const day = localDate(morning, "Asia/Ho_Chi_Minh").split("-").reverse().join("/");
    const forHead = (await receivedBy("truongxa@binh-son.example")).filter((m) => m.subject.includes(day));
    expect(forHead).toHaveLength(1);
    expect(forHead[0]?.subject).toMatch(/[1-9]\d* việc quá hạn/);
    const leadership = (await receivedBy("admin@binh-son.example")).filter((m) => m.subject.includes(day));
    expect(leadership[0]?.text).toContain("UBND thị trấn Châu Ổ");
  });
});

async function binhSonId(): Promise<string> {
  const [row] = await testDb().select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "binh-son"));
  if (!row) throw new Error("binh-son is missing");
  return row.id;
}
