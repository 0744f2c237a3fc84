import { alertRuns, tenants, units, violationRecords } from "@kycuong/db";
import { findTenantsToAlert } from "@kycuong/domain/alerts";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  createAlertTenant,
  endOfVnDay,
  insertOpenTask,
  outboxOf,
  receivedBy,
  runAlertJobs,
  vn,
} from "./fixtures/alerts";
import { signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { addIssue, assignedTo, createSession } from "./fixtures/dialogues";
import { insertCategory, insertReport, setOwnCalendarDays, setTenantSettings } from "./fixtures/reports";
import { arrangeViolations, recordThroughApi } from "./fixtures/violations";

// Dates: Monday 7 December 2026 is a working day; the staff tenant has no holidays, weekends off.
const monday0730 = vn("2026-12-07 07:30");

function systemContext(now: number) {
  return { db: testDb(), now: new Date(now), actor: { type: "system" as const, job: "test" }, requestId: "test" };
}

describe("overdue digests: what each unit head is told", () => {
  it("one email per head listing their unit's overdue and due-soon items, most overdue first, in working days", async () => {
    const d = await createAlertTenant();
    await insertCategory(d);
    const nineDays = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-11-24"), "Báo cáo khắc phục");
    const twoDays = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-03"), "Rà soát giờ giấc");
    const report = await insertReport(d, {
      status: "assigned",
      assignedUnitId: d.communeUnitId,
      dueAt: endOfVnDay("2026-12-04"),
    });
    const dueSoon = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-08"), "Nộp kế hoạch");
    const later = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-11"), "Việc còn xa hạn");
    const otherUnits = await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-01"), "Việc của xã khác");

    const result = await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    expect(result.retryMessages).toEqual([]);

    const mails = await receivedBy(d.heads.commune);
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    if (!mail) throw new Error("no mail");
    expect(mail.subject).toContain(`Huyện ${d.tenant.slug}`);
    expect(mail.subject).toContain("3 việc quá hạn, 1 việc sắp đến hạn");
    expect(mail.subject).toContain("07/12/2026");
    const base = `https://kycuong.test/t/${d.tenant.slug}/app`;
    const links = [
      `${base}/tasks/${nineDays}`,
      `${base}/tasks/${twoDays}`,
      `${base}/reports/${report.id}`,
      `${base}/tasks/${dueSoon}`,
    ];
    // Most overdue first (9, 2, 1 working days: the weekends of 28–29 Nov and 5–6 Dec do not count), then due soon.
    for (const part of [mail.text, mail.html]) {
      const positions = links.map((link) => part.indexOf(link));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(part).not.toContain(later);
      expect(part).not.toContain(otherUnits);
    }
    expect(mail.text).toMatch(/Báo cáo khắc phục[\s\S]*Hạn xử lý: 24\/11\/2026[\s\S]*Quá hạn 9 ngày làm việc/);
    expect(mail.text).toMatch(/Rà soát giờ giấc[\s\S]*Hạn xử lý: 03\/12\/2026[\s\S]*Quá hạn 2 ngày làm việc/);
    expect(mail.text).toMatch(/Phản ánh: Thái độ[\s\S]*Hạn xử lý: 04\/12\/2026[\s\S]*Quá hạn 1 ngày làm việc/);
    expect(mail.text).toContain(report.trackingCode);
    // The citizen's own words never travel by email.
    expect(mail.text).not.toContain(report.description);
    expect(mail.html).not.toContain(report.description);

    const [row] = await outboxOf(d, d.heads.commune);
    expect(row).toMatchObject({
      kind: "unit_digest",
      localDate: "2026-12-07",
      status: "sent",
      attempts: 1,
      itemCount: 4,
      overdueCount: 3,
      providerMessageId: mail.id,
    });
    expect(mail.headers.idempotencyKey).toBe(row?.id);
    // The other commune's head gets their own item, and nobody else is written to.
    expect((await receivedBy(d.heads.otherCommune))[0]?.text).toContain("Việc của xã khác");
    expect(await receivedBy(d.heads.district)).toEqual([]);
  });

  it("a second run, a redelivered message or a later cron the same day sends nothing twice", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    const job = { tenantId: d.tenant.id, scheduledTime: monday0730, id: "redelivered-message" };
    await runAlertJobs([job]);
    await runAlertJobs([job]); // the queue redelivers the same message
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 09:15") }]);

    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
    expect(await outboxOf(d)).toHaveLength(1);
    const runs = await testDb().select().from(alertRuns).where(eq(alertRuns.tenantId, d.tenant.id));
    expect(runs).toEqual([expect.objectContaining({ localDate: "2026-12-07", itemCount: 1, notificationCount: 1 })]);

    // And the cron itself no longer asks for this tenant today.
    const later = await findTenantsToAlert(systemContext(vn("2026-12-07 09:30")));
    expect(later.jobs.map((j) => j.tenantId)).not.toContain(d.tenant.id);
    // The next working day it does.
    const tomorrow = await findTenantsToAlert(systemContext(vn("2026-12-08 07:15")));
    expect(tomorrow.jobs.map((j) => j.tenantId)).toContain(d.tenant.id);
  });

  it("a message delivered out of order (Monday's job after Tuesday's) sends no stale digest and nothing twice", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    const monday = { tenantId: d.tenant.id, scheduledTime: monday0730, id: "monday-job" };
    const tuesday = { tenantId: d.tenant.id, scheduledTime: vn("2026-12-08 07:30"), id: "tuesday-job" };
    await runAlertJobs([tuesday]);
    await runAlertJobs([monday]); // held back by a retry, delivered after the next day's
    await runAlertJobs([tuesday, monday]); // and both again, in one batch

    const mails = await receivedBy(d.heads.commune);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("08/12/2026");
    expect((await outboxOf(d)).map((row) => [row.localDate, row.status])).toEqual([["2026-12-08", "sent"]]);
  });

  it("two consumers taking the same tenant's first job at once still send each digest once", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    const job = { tenantId: d.tenant.id, scheduledTime: monday0730 };
    await Promise.all([runAlertJobs([job]), runAlertJobs([job]), runAlertJobs([job])]);
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
    expect(await receivedBy(d.heads.otherCommune)).toHaveLength(1);
    expect((await outboxOf(d)).map((row) => row.status)).toEqual(["sent", "sent"]);
  });

  it("leadership is told what is long overdue, which units have no head email, and what nobody was assigned", async () => {
    const d = await createAlertTenant();
    await setTenantSettings(d, { leadershipEmails: [`Chu.Tich@${d.tenant.slug}.example`] });
    await testDb().update(units).set({ headEmail: null }).where(eq(units.id, d.otherCommuneUnitId));
    await insertCategory(d);
    // 12 working days overdue on 7 Dec: beyond the default threshold of 10.
    const longOverdue = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-11-19"), "Quá hạn lâu");
    const shortOverdue = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-03"), "Quá hạn ngắn");
    const headless = await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-02"), "Đơn vị không có email");
    const unassigned = await insertReport(d, { status: "received", dueAt: endOfVnDay("2026-12-01") });

    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);

    const leader = `chu.tich@${d.tenant.slug}.example`;
    const [digest, ...more] = await receivedBy(leader);
    expect(more).toEqual([]);
    expect(digest?.text).toContain(`/tasks/${longOverdue}`);
    expect(digest?.text).not.toContain(`/tasks/${shortOverdue}`);
    expect(digest?.text).toMatch(/chưa có email thủ trưởng[\s\S]*Xã Bình Chánh[\s\S]*Đơn vị không có email/);
    expect(digest?.text).toContain(`/tasks/${headless}`);
    expect(digest?.text).toMatch(new RegExp(`Chưa phân công đơn vị[\\s\\S]*/reports/${unassigned.id}`));
    // 2027 is only projected (migration 0012): said in the digest, after nothing else and to the leadership only.
    expect(digest?.text).toContain("Lịch nghỉ lễ, Tết năm 2027 mới là lịch dự kiến");
    expect((await receivedBy(d.heads.commune))[0]?.text).not.toContain("lịch dự kiến");
    // The commune head still gets both of their items; the tenant admin is not written to when leaders are named.
    expect((await receivedBy(d.heads.commune))[0]?.text).toContain(`/tasks/${shortOverdue}`);
    expect(await receivedBy(d.users.tenant_admin.email)).toEqual([]);
    const [run] = await testDb().select().from(alertRuns).where(eq(alertRuns.tenantId, d.tenant.id));
    expect(run?.unitsWithoutHead).toBe(1);
  });

  it("without named leaders, the tenant's admins receive the leadership digest", async () => {
    const d = await createAlertTenant();
    await testDb().update(units).set({ headEmail: null }).where(eq(units.id, d.communeUnitId));
    const task = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-04"), "Chưa ai nhận");
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    const [digest] = await receivedBy(d.users.tenant_admin.email);
    expect(digest?.text).toContain(`/tasks/${task}`);
  });
});

describe("overdue digests: Vietnamese as officials write it", () => {
  /** A digest part as a reader sees it: the links' paths (ids, slugs) are not words. */
  const words = (part: string | undefined) => (part ?? "").replace(/https?:\/\/\S+|href="[^"]*"/g, "");

  it("names the violation type, writes every date dd/mm/yyyy, says nothing in English and writes 'huyện' in lower case mid-sentence", async () => {
    const d = await createAlertTenant();
    await testDb().update(tenants).set({ name: "Huyện Bình Sơn" }).where(eq(tenants.id, d.tenant.id));
    await setTenantSettings(d, { leadershipEmails: [`lanh.dao@${d.tenant.slug}.example`] });
    await insertCategory(d);
    const people = await arrangeViolations(d);
    const record = await recordThroughApi(signIn(d, "inspector"), [people.a.id]);
    await testDb()
      .update(violationRecords)
      .set({ correctiveDueAt: endOfVnDay("2026-12-02") })
      .where(eq(violationRecords.id, record.id));
    const session = await createSession(d, { heldOn: "2026-09-30" }); // conclusion due Monday 30 Nov
    await addIssue(d, session.id, assignedTo(d.communeUnitId));
    await insertReport(d, { status: "received", dueAt: endOfVnDay("2026-12-01") }); // nobody assigned

    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);

    const [head] = await receivedBy(d.heads.commune);
    const [leader] = await receivedBy(`lanh.dao@${d.tenant.slug}.example`);
    // The type's name, never its code.
    expect(head?.text).toContain("Uống rượu bia trong giờ làm việc và nghỉ trưa");
    expect(head?.html).toContain("Uống rượu bia trong giờ làm việc và nghỉ trưa");
    expect(head?.text).toContain("đối thoại ngày 30/09/2026");
    for (const mail of [head, leader]) {
      for (const part of [mail?.text, mail?.html, mail?.subject]) {
        expect(words(part)).not.toContain("alcohol");
        expect(words(part)).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        expect(words(part)).not.toMatch(/\b(the|and|of|not|more|listed|assigned|automated|message|overdue)\b/i);
      }
      expect(mail?.subject.startsWith("[Kỷ Cương] Huyện Bình Sơn: ")).toBe(true);
      expect(mail?.text).toContain("hệ thống Kỷ Cương của huyện Bình Sơn");
      expect(mail?.text).not.toContain("của Huyện Bình Sơn");
    }
    expect(leader?.text).toMatch(/Chưa phân công đơn vị[\s\S]*Phụ trách: Chưa phân công\n/);
  });
});

describe("the leadership digest and the national calendar", () => {
  // Migration 0012 seeds 2026 (announced) and 2027 (projected); no test gives the platform 2028.
  it("from 1 November warns that next year has no national calendar, even with nothing overdue; a projection alone sends nothing", async () => {
    const d = await createAlertTenant();
    // Nothing overdue, 2027 only projected: no reason to write to anyone.
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    // Friday 29 Oct 2027: 2028 is missing, but it is not yet November.
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2027-10-29 07:30") }]);
    expect(await outboxOf(d)).toEqual([]);

    // Monday 1 Nov 2027: the tenant's admins (no leaders named) are told 2028 is missing, what it means and who fixes it.
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2027-11-01 07:30") }]);
    const [digest, ...more] = await receivedBy(d.users.tenant_admin.email);
    expect(more).toEqual([]);
    expect(digest?.subject).toContain("chưa có lịch nghỉ lễ năm 2028");
    for (const part of [digest?.text, digest?.html]) {
      expect(part).toContain("Chưa có lịch nghỉ lễ, Tết năm 2028 của Nhà nước");
      expect(part).toContain("được tính như không có ngày lễ");
      expect(part).toContain("quản trị viên nền tảng Kỷ Cương");
      expect(part).toContain("Lịch nghỉ lễ, Tết năm 2027 mới là lịch dự kiến");
      expect(part).toContain(`https://kycuong.test/t/${d.tenant.slug}/app/settings/calendar?year=2028`);
    }
    const rows = await outboxOf(d);
    expect(rows.map((row) => [row.kind, row.localDate, row.itemCount])).toEqual([
      ["leadership_digest", "2027-11-01", 0],
    ]);
    expect(await receivedBy(d.heads.commune)).toEqual([]);
  });
});

describe("overdue digests: when they may go out", () => {
  it("never outside the alert window, on a weekend or on a holiday of the tenant's calendar", async () => {
    const d = await createAlertTenant();
    await setOwnCalendarDays(d, [{ date: "2026-12-09", kind: "holiday" }]);
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-01"), "Báo cáo tháng");
    const quietMoments = [
      "2026-12-09 07:30", // a holiday (Wednesday)
      "2026-12-12 08:00", // Saturday
      "2026-12-10 06:59", // before the alert hour
      "2026-12-10 11:00", // the 4-hour window has closed
      "2026-12-10 23:30", // at night
    ];
    for (const moment of quietMoments) {
      await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn(moment) }]);
      const found = await findTenantsToAlert(systemContext(vn(moment)));
      expect(
        found.jobs.map((j) => j.tenantId),
        moment,
      ).not.toContain(d.tenant.id);
    }
    expect(await outboxOf(d)).toEqual([]);
    expect(await receivedBy(d.heads.commune)).toEqual([]);

    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-10 10:59") }]);
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
  });

  it("follows the tenant's own alert hour", async () => {
    const d = await createAlertTenant();
    await setTenantSettings(d, { alertHourLocal: 9, alertWindowHours: 1 });
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-01"), "Báo cáo tháng");
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 10:00") }]);
    expect(await receivedBy(d.heads.commune)).toEqual([]);
    expect((await findTenantsToAlert(systemContext(vn("2026-12-07 09:00")))).jobs.map((j) => j.tenantId)).toContain(
      d.tenant.id,
    );
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 09:00") }]);
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
  });
});
