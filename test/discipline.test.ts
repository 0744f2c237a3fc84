import { auditLog, violationRecordOfficials, violationRecords } from "@kycuong/db";
import { Official } from "@kycuong/domain/officials";
import { ViolationRecord } from "@kycuong/domain/violations";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAlertTenant, receivedBy, runAlertJobs, vn } from "./fixtures/alerts";
import { type ApiClient, ok, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { setTenantSettings } from "./fixtures/reports";
import { createStaffTenant } from "./fixtures/staff";
import { arrangeViolations, localToday, recordThroughApi } from "./fixtures/violations";

// Discipline under Decree 172/2025/NĐ-CP (docs/inspections-and-violations.md, "Decisions").

const zone = "Asia/Ho_Chi_Minh";
const localDay = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(at);
const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = localToday;

/**
 * The first working day on or after `date` as the tenant's calendar endpoint
 * lists it (weekends, national days off, the tenant's own days, swapped Saturdays).
 */
async function firstWorkingDayFrom(admin: ApiClient, date: string): Promise<string> {
  let day = date;
  for (;;) {
    const res = await admin.get(`/calendar?year=${day.slice(0, 4)}`);
    const calendar = (await res.json()) as { days: { date: string; dayOff: boolean }[] };
    const listed = new Map(calendar.days.map((entry) => [entry.date, entry.dayOff]));
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const off = listed.get(day) ?? (weekday === 0 || weekday === 6);
    if (!off) return day;
    day = daysAfter(day, 1);
  }
}

async function setup() {
  const d = await createStaffTenant();
  const people = await arrangeViolations(d);
  return {
    d,
    people,
    inspector: signIn(d, "inspector"),
    head: signIn(d, "unit_head"),
    admin: signIn(d, "tenant_admin"),
  };
}

const decision = (over: Record<string, unknown> = {}) => ({
  decision: "reprimand",
  decisionDocNumber: "15/QĐ-UBND",
  decisionDocDate: today(),
  decidedBy: "Chủ tịch UBND huyện",
  ...over,
});

/** An issued record naming `officialId`, whose explanation was requested and received. */
async function explained(inspector: ApiClient, officialId: string): Promise<ViolationRecord> {
  const record = await recordThroughApi(inspector, [officialId]);
  await ok(
    await inspector.post(`/violations/${record.id}/officials/${officialId}/explanation-request`),
    ViolationRecord,
  );
  return ok(
    await inspector.post(`/violations/${record.id}/officials/${officialId}/explanation`, { text: "Tôi xin nhận." }),
    ViolationRecord,
  );
}

/** Moves the record's issue (and the explanation) back in time, as if it had been issued on `issuedOn`. */
async function issuedOn(recordId: string, issued: string) {
  const db = testDb();
  const at = `${daysAfter(issued, 0)}T03:00:00.000Z`;
  await db.batch([
    db.update(violationRecords).set({ issuedAt: at }).where(eq(violationRecords.id, recordId)),
    db
      .update(violationRecordOfficials)
      .set({ explanationReceivedAt: at, explanationDueAt: at })
      .where(eq(violationRecordOfficials.recordId, recordId)),
  ]);
}

describe("decision forms follow the decree in force on the decision's date", () => {
  it("decision_form_not_allowed: a demotion for a civil servant without a post, dated this year, is 400 naming the allowed forms", async () => {
    const { people, inspector } = await setup();
    const record = await explained(inspector, people.a.id);
    const res = await inspector.post(
      `/violations/${record.id}/officials/${people.a.id}/decision`,
      decision({ decision: "demotion" }),
    );
    const problem = await expectProblem(res.clone(), 400, "decision_form_not_allowed");
    const body = await res.json<{ allowedDecisions: string[] }>();
    expect(body.allowedDecisions).toEqual(["no_action", "reminder", "reprimand", "warning", "forced_resignation"]);
    // People read the forms by their names in the decree, not by the API's codes.
    expect(problem.detail).toContain("Giáng chức");
    expect(problem.detail).toContain("Không xử lý kỷ luật, Nhắc nhở, Khiển trách, Cảnh cáo, Buộc thôi việc");
    expect(problem.detail).not.toMatch(/demotion|forced_resignation/);
    expect(problem.errors).toEqual([
      { path: "body.decision", message: expect.stringContaining("Khiển trách, Cảnh cáo") },
    ]);
    for (const form of ["salary_step_down", "dismissal_from_post", "removal_from_office"]) {
      await expectProblem(
        await inspector.post(
          `/violations/${record.id}/officials/${people.a.id}/decision`,
          decision({ decision: form }),
        ),
        400,
        "decision_form_not_allowed",
      );
    }
    const kept = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(kept.officials[0]?.status).toBe("explanation_received");
  });

  it("decision_form_not_allowed: dismissal_from_post needs a leadership post, set on the official through the API", async () => {
    const { people, inspector, admin } = await setup();
    const record = await explained(inspector, people.a.id);
    const path = `/violations/${record.id}/officials/${people.a.id}/decision`;
    await expectProblem(
      await inspector.post(path, decision({ decision: "dismissal_from_post" })),
      400,
      "decision_form_not_allowed",
    );
    const official = await ok(await admin.patch(`/officials/${people.a.id}`, { holdsLeadershipPost: true }), Official);
    expect(official.holdsLeadershipPost).toBe(true);
    const decided = await ok(
      await inspector.post(path, decision({ decision: "dismissal_from_post" })),
      ViolationRecord,
    );
    expect(decided.officials[0]).toMatchObject({ status: "decided", decision: "dismissal_from_post" });
  });

  it("decision_form_not_allowed: removal_from_office (bãi nhiệm) is for a cadre", async () => {
    const { people, inspector, admin } = await setup();
    await ok(await admin.patch(`/officials/${people.a.id}`, { kind: "cadre" }), Official);
    const record = await explained(inspector, people.a.id);
    const path = `/violations/${record.id}/officials/${people.a.id}/decision`;
    await expectProblem(
      await inspector.post(path, decision({ decision: "forced_resignation" })),
      400,
      "decision_form_not_allowed",
    );
    const decided = await ok(
      await inspector.post(path, decision({ decision: "removal_from_office" })),
      ViolationRecord,
    );
    expect(decided.officials[0]?.decision).toBe("removal_from_office");
  });

  it("decision_form_not_allowed: a decision dated before 1 Jul 2025 follows Decree 112/2020", async () => {
    const { people, inspector } = await setup();
    const record = await explained(inspector, people.a.id);
    await issuedOn(record.id, "2025-04-01");
    const decided = await ok(
      await inspector.post(
        `/violations/${record.id}/officials/${people.a.id}/decision`,
        decision({ decision: "salary_step_down", decisionDocDate: "2025-05-02" }),
      ),
      ViolationRecord,
    );
    expect(decided.officials[0]?.decision).toBe("salary_step_down");
  });
});

describe("a decision's date", () => {
  it("decision_date_invalid: dated before the record's issue (2020) or in the future (2027)", async () => {
    const { people, inspector } = await setup();
    const record = await explained(inspector, people.a.id);
    const path = `/violations/${record.id}/officials/${people.a.id}/decision`;
    await expectProblem(
      await inspector.post(path, decision({ decisionDocDate: "2020-01-06" })),
      400,
      "decision_date_invalid",
    );
    await expectProblem(
      await inspector.post(path, decision({ decisionDocDate: "2027-01-06" })),
      400,
      "decision_date_invalid",
    );
    await expectProblem(
      await inspector.post(path, decision({ decisionDocDate: daysAfter(today(), 1) })),
      400,
      "decision_date_invalid",
    );
  });

  it("explanation_pending: a decision while the explanation is still requested, or never asked for, is 409", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id, people.b.id]);
    const path = (id: string) => `/violations/${record.id}/officials/${id}/decision`;
    await expectProblem(await inspector.post(path(people.b.id), decision()), 409, "explanation_pending");
    await inspector.post(`/violations/${record.id}/officials/${people.a.id}/explanation-request`);
    await expectProblem(await inspector.post(path(people.a.id), decision()), 409, "explanation_pending");

    // Once the time to explain has passed, the decision comes after that deadline.
    const yesterday = daysAfter(today(), -1);
    await testDb()
      .update(violationRecordOfficials)
      .set({ explanationDueAt: `${yesterday}T16:59:59.999Z` })
      .where(
        and(eq(violationRecordOfficials.recordId, record.id), eq(violationRecordOfficials.officialId, people.a.id)),
      );
    await testDb()
      .update(violationRecords)
      .set({ issuedAt: `${daysAfter(today(), -10)}T03:00:00.000Z` })
      .where(eq(violationRecords.id, record.id));
    await expectProblem(
      await inspector.post(path(people.a.id), decision({ decisionDocDate: daysAfter(today(), -2) })),
      400,
      "decision_date_invalid",
    );
    const decided = await ok(await inspector.post(path(people.a.id), decision()), ViolationRecord);
    expect(decided.officials.find((o) => o.officialId === people.a.id)?.status).toBe("decided");
  });
});

describe("the disciplinary period", () => {
  it("disciplinary_period: the record shows each official's period end, extendable once to 150 days with a reason, audited", async () => {
    const { d, people, inspector, head, admin } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    const issued = localDay(new Date(record.issuedAt as string));
    expect(record.officials[0]?.disciplinaryPeriod).toMatchObject({
      startsAfter: issued,
      endsOn: await firstWorkingDayFrom(admin, daysAfter(issued, 90)),
      days: 90,
      extended: false,
      maxDays: 150,
    });
    const path = `/violations/${record.id}/officials/${people.a.id}/period-extension`;
    const reason = { reason: "Vụ việc phức tạp, cần xác minh thêm" };
    await expectProblem(await head.post(path, reason), 403, "forbidden");
    await expectProblem(await inspector.post(path, { ...reason, days: 200 }), 400, "validation_failed");
    await expectProblem(await inspector.post(path, { ...reason, days: 90 }), 400, "validation_failed");
    const extended = await ok(await inspector.post(path, reason), ViolationRecord);
    expect(extended.officials[0]?.disciplinaryPeriod).toMatchObject({
      endsOn: await firstWorkingDayFrom(admin, daysAfter(issued, 150)),
      days: 150,
      extended: true,
      extensionReason: reason.reason,
    });
    await expectProblem(await inspector.post(path, reason), 409, "disciplinary_period_already_extended");
    const audit = await testDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityId, record.id)));
    expect(audit.filter((a) => a.action === "violation_record.period_extended")).toHaveLength(1);
  });

  it("disciplinary_period ends on a working day: 90 days from Mon 3 Aug 2026 is Sun 1 Nov, so it ends Mon 2 Nov (Civil Code art. 148(5))", async () => {
    const { people, inspector } = await setup();
    const record = await explained(inspector, people.a.id);
    await issuedOn(record.id, "2026-08-03");
    const read = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(read.officials[0]?.disciplinaryPeriod).toMatchObject({ startsAfter: "2026-08-03", endsOn: "2026-11-02" });
    // A decision dated that Monday is in time; the Tuesday after is too late.
    const path = `/violations/${record.id}/officials/${people.a.id}/decision`;
    await expectProblem(
      await inspector.post(path, decision({ decisionDocDate: "2026-11-03" })),
      409,
      "disciplinary_period_expired",
    );
    const decided = await ok(await inspector.post(path, decision({ decisionDocDate: "2026-11-02" })), ViolationRecord);
    expect(decided.officials[0]?.decision).toBe("reprimand");
  });

  it("disciplinary_period_expired: no disciplinary form nor extension after the period ran out; no_action still recordable", async () => {
    const { people, inspector } = await setup();
    const record = await explained(inspector, people.a.id);
    const issued = daysAfter(today(), -100);
    await issuedOn(record.id, issued);
    const path = `/violations/${record.id}/officials/${people.a.id}`;
    await expectProblem(await inspector.post(`${path}/decision`, decision()), 409, "disciplinary_period_expired");
    await expectProblem(
      await inspector.post(`${path}/period-extension`, { reason: "Vụ việc phức tạp, cần xác minh thêm" }),
      409,
      "disciplinary_period_expired",
    );
    // A decision dated within the period, recorded late, stands.
    const inTime = await ok(
      await inspector.post(`${path}/decision`, decision({ decisionDocDate: daysAfter(issued, 80) })),
      ViolationRecord,
    );
    expect(inTime.officials[0]?.decision).toBe("reprimand");

    const other = await explained(inspector, people.b.id);
    await issuedOn(other.id, issued);
    const none = await ok(
      await inspector.post(
        `/violations/${other.id}/officials/${people.b.id}/decision`,
        decision({ decision: "no_action" }),
      ),
      ViolationRecord,
    );
    expect(none.officials[0]?.decision).toBe("no_action");
  });
});

describe("the daily digests and the disciplinary period", () => {
  it("disciplinary_period digest: the leadership is told of periods ending within 15 days and those run out undecided", async () => {
    const d = await createAlertTenant();
    const leader = `lanh.dao@${d.tenant.slug}.example`;
    await setTenantSettings(d, { leadershipEmails: [leader] });
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    // On Monday 7 Dec 2026: ends in 10 days, ran out 10 days ago, ends in 30 days, decided in time.
    const endingSoon = await recordThroughApi(inspector, [people.a.id]);
    const ranOut = await recordThroughApi(inspector, [people.b.id]);
    const later = await recordThroughApi(inspector, [people.c.id]);
    const decided = await explained(inspector, people.a.id);
    await issuedOn(endingSoon.id, daysAfter("2026-12-07", 10 - 90));
    await issuedOn(ranOut.id, daysAfter("2026-12-07", -10 - 90));
    await issuedOn(later.id, daysAfter("2026-12-07", 30 - 90));
    await ok(
      await inspector.post(`/violations/${decided.id}/officials/${people.a.id}/decision`, decision()),
      ViolationRecord,
    );
    await issuedOn(decided.id, daysAfter("2026-12-07", -10 - 90));

    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:30") }]);

    const [digest] = await receivedBy(leader);
    const text = digest?.text ?? "";
    expect(text).toMatch(/Thời hạn xử lý kỷ luật sắp hết hoặc đã hết[\s\S]*đã hết thời hạn/);
    expect(text).toContain(`/violations/${endingSoon.id}`);
    expect(text).toContain(`/violations/${ranOut.id}`);
    expect(text).not.toContain(`/violations/${later.id}`);
    expect(text).not.toContain(`/violations/${decided.id}`);
    // Unit heads do not decide discipline: their digests do not carry the periods.
    for (const head of [d.heads.commune, d.heads.otherCommune]) {
      for (const email of await receivedBy(head)) expect(email.text).not.toContain("Thời hạn xử lý kỷ luật");
    }
  });
});
