import { auditLog, type Db, reportOfficials, reportStatuses, reports } from "@kycuong/db";
import { newId, type TenantContext } from "@kycuong/domain/context";
import { StaffReport, transitionReport } from "@kycuong/domain/reports";
import { parseTenantSettings } from "@kycuong/domain/tenants";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Problem } from "../workers/api/src/http/problem";
import { ok, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { ANSWER, eventsOf, insertOfficial, insertReport, rowOf } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

/** The legal moves, written out here independently of the code's table. */
const legal = new Set([
  "received>accepted",
  "received>rejected",
  "received>duplicate",
  "accepted>assigned",
  "accepted>rejected",
  "accepted>duplicate",
  "assigned>in_progress",
  "assigned>assigned",
  "in_progress>resolved",
  "resolved>closed",
  "resolved>reopened",
  "closed>reopened",
  "reopened>assigned",
  "reopened>in_progress",
]);

describe("staff report workflow", () => {
  it("walks received → accepted → assigned → in_progress → resolved → closed → reopened", async () => {
    const d = await createStaffTenant();
    const official = await insertOfficial(d, d.communeUnitId);
    const report = await insertReport(d);
    const officer = signIn(d, "hotline_officer");
    const steps = [
      { to: "accepted" },
      { to: "assigned", unitId: d.communeUnitId },
      { to: "in_progress" },
      { to: "resolved", finding: "substantiated", answer: ANSWER, officialIds: [official.id] },
      { to: "closed" },
      { to: "reopened", reason: "Người phản ánh gửi thêm bằng chứng mới" },
    ];
    let body: StaffReport | undefined;
    for (const step of steps) {
      const res = await officer.post(`/reports/${report.id}/transitions`, step);
      expect(res.status, step.to).toBe(200);
      body = await ok(res, StaffReport);
      expect(body.status).toBe(step.to);
      if (step.to === "resolved") expect(body.resolvedAt).toBeTruthy();
    }
    expect(body).toMatchObject({
      status: "reopened",
      resolvedAt: null,
      finding: "substantiated",
      answer: ANSWER,
      unit: { id: d.communeUnitId, name: "Xã Bình Thanh Đông" },
      officials: [{ id: official.id }],
    });
    const timeline = body?.timeline ?? [];
    const statusLine = timeline.filter((e) => e.kind === "status_changed");
    expect(statusLine.map((e) => e.toStatus)).toEqual(steps.map((s) => s.to));
    // The reporter reads every status change, Vietnamese first, and the answer.
    for (const entry of statusLine)
      expect(entry).toMatchObject({ public: true, body: expect.stringMatching(/^[^·]+ · /) });
    expect(timeline.filter((e) => e.kind === "answer")).toEqual([
      expect.objectContaining({ public: true, body: ANSWER }),
    ]);
    expect(timeline.filter((e) => e.kind === "staff_note")).toEqual([
      expect.objectContaining({ public: false, body: "Người phản ánh gửi thêm bằng chứng mới" }),
    ]);

    const db = testDb();
    const concerned = await db.select().from(reportOfficials).where(eq(reportOfficials.reportId, report.id));
    expect(concerned.map((r) => r.officialId)).toEqual([official.id]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityId, report.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(steps.map((s) => `report.${s.to}`).sort());
    const resolved = audit.find((a) => a.action === "report.resolved");
    expect(resolved?.changes).toMatchObject({
      status: ["in_progress", "resolved"],
      finding: [null, "substantiated"],
      officialIds: [[], [official.id]],
    });
    expect(resolved?.actorId).toBe(d.users.hotline_officer.id);
  });

  it("answers every move the state machine does not list with 409 and changes nothing", async () => {
    const d = await createStaffTenant();
    const official = await insertOfficial(d, d.communeUnitId);
    const other = await insertReport(d);
    const bodies: Record<string, Record<string, unknown>> = {
      accepted: { to: "accepted" },
      rejected: { to: "rejected", reason: "Không thuộc phạm vi đường dây nóng" },
      duplicate: { to: "duplicate", duplicateOfId: other.id },
      assigned: { to: "assigned", unitId: d.otherCommuneUnitId },
      in_progress: { to: "in_progress" },
      resolved: { to: "resolved", finding: "partly_substantiated", answer: ANSWER, officialIds: [official.id] },
      closed: { to: "closed" },
      reopened: { to: "reopened", reason: "Cần xem xét lại" },
    };
    const officer = signIn(d, "hotline_officer");
    const outcomes = { allowed: 0, refused: 0 };
    for (const from of reportStatuses) {
      for (const [to, body] of Object.entries(bodies)) {
        const report = await insertReport(d, { status: from, assignedUnitId: d.communeUnitId });
        const res = await officer.post(`/reports/${report.id}/transitions`, body);
        if (legal.has(`${from}>${to}`)) {
          expect(res.status, `${from} → ${to}`).toBe(200);
          expect((await rowOf(report.id))?.status).toBe(to);
          outcomes.allowed++;
          continue;
        }
        const problem = await expectProblem(res, 409, "illegal_transition");
        expect(problem.detail).toContain(from);
        expect(problem.detail).toContain(to);
        expect(await rowOf(report.id)).toEqual(expect.objectContaining({ status: from, updatedAt: report.updatedAt }));
        expect(await eventsOf(report.id)).toEqual([]);
        outcomes.refused++;
      }
    }
    expect(outcomes).toEqual({ allowed: legal.size, refused: reportStatuses.length * 8 - legal.size });
  });

  it("a rejection needs a reason, which the reporter reads", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d);
    const officer = signIn(d, "hotline_officer");
    const problem = await expectProblem(
      await officer.post(`/reports/${report.id}/transitions`, { to: "rejected" }),
      400,
      "validation_failed",
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.reason"]);
    const unknown = await expectProblem(
      await officer.post(`/reports/${report.id}/transitions`, { to: "lost" }),
      400,
      "validation_failed",
    );
    expect(unknown.errors?.map((e) => e.path)).toEqual(["body.to"]);
    expect((await rowOf(report.id))?.status).toBe("received");

    const reason = "Nội dung phản ánh về tranh chấp dân sự, không thuộc phạm vi";
    const res = await officer.post(`/reports/${report.id}/transitions`, { to: "rejected", reason });
    expect(await ok(res, StaffReport)).toMatchObject({ status: "rejected", rejectionReason: reason });
    const [event] = await eventsOf(report.id);
    expect(event).toMatchObject({ kind: "status_changed", public: true, toStatus: "rejected" });
    expect(event?.body).toContain(reason);
  });

  it("a duplicate must point at another report of the same tenant", async () => {
    const d = await createStaffTenant();
    const theirs = await insertReport(await createStaffTenant());
    const report = await insertReport(d);
    const original = await insertReport(d);
    const officer = signIn(d, "hotline_officer");
    for (const duplicateOfId of [theirs.id, report.id]) {
      const problem = await expectProblem(
        await officer.post(`/reports/${report.id}/transitions`, { to: "duplicate", duplicateOfId }),
        400,
        "invalid_reference",
      );
      expect(problem.errors?.[0]?.path).toBe("body.duplicateOfId");
    }
    expect(await eventsOf(report.id)).toEqual([]);
    const res = await officer.post(`/reports/${report.id}/transitions`, {
      to: "duplicate",
      duplicateOfId: original.id,
    });
    expect(await ok(res, StaffReport)).toMatchObject({ status: "duplicate", duplicateOfId: original.id });
  });

  it("marks a duplicate by the earlier report's tracking code, as staff read it", async () => {
    const d = await createStaffTenant();
    const original = await insertReport(d);
    const report = await insertReport(d);
    const officer = signIn(d, "hotline_officer");
    const path = `/reports/${report.id}/transitions`;
    for (const body of [
      { to: "duplicate" },
      { to: "duplicate", duplicateOfId: original.id, duplicateOfCode: original.trackingCode },
    ]) {
      await expectProblem(await officer.post(path, body), 400, "validation_failed");
    }
    const unknown = await expectProblem(
      await officer.post(path, { to: "duplicate", duplicateOfCode: "NOPE-NOPE-NO" }),
      400,
      "invalid_reference",
    );
    expect(unknown.errors?.[0]?.path).toBe("body.duplicateOfCode");
    expect(await eventsOf(report.id)).toEqual([]);
    const res = await officer.post(path, { to: "duplicate", duplicateOfCode: ` ${original.trackingCode} ` });
    expect(await ok(res, StaffReport)).toMatchObject({ status: "duplicate", duplicateOfId: original.id });
  });

  it("a resolution names officials of this tenant when upheld, and none when not", async () => {
    const d = await createStaffTenant();
    const stranger = await insertOfficial(await createStaffTenant(), d.communeUnitId);
    const report = await insertReport(d, { status: "in_progress", assignedUnitId: d.communeUnitId });
    const officer = signIn(d, "hotline_officer");
    const resolve = (extra: Record<string, unknown>) =>
      officer.post(`/reports/${report.id}/transitions`, {
        to: "resolved",
        finding: "substantiated",
        answer: ANSWER,
        ...extra,
      });
    const missing = await expectProblem(await resolve({}), 400, "validation_failed");
    expect(missing.errors?.[0]?.path).toBe("body.officialIds");
    const foreign = await expectProblem(await resolve({ officialIds: [stranger.id] }), 400, "invalid_reference");
    expect(foreign.errors?.[0]?.path).toBe("body.officialIds.0");
    const named = await resolve({ finding: "unsubstantiated", officialIds: [stranger.id] });
    await expectProblem(named, 400, "validation_failed");
    const noAnswer = await officer.post(`/reports/${report.id}/transitions`, {
      to: "resolved",
      finding: "unsubstantiated",
    });
    expect((await expectProblem(noAnswer, 400, "validation_failed")).errors?.[0]?.path).toBe("body.answer");
    expect(await rowOf(report.id)).toMatchObject({ status: "in_progress", resolvedAt: null });

    const resolved = await resolve({ finding: "unsubstantiated" });
    expect(await ok(resolved, StaffReport)).toMatchObject({
      status: "resolved",
      finding: "unsubstantiated",
      officials: [],
    });
  });

  it("of two staff moving one report at once, exactly one wins", async () => {
    const d = await createStaffTenant();
    const officer = signIn(d, "hotline_officer");
    const original = await insertReport(d);
    for (let round = 0; round < 4; round++) {
      const report = await insertReport(d);
      // Either decision makes the other illegal, so one at a time would also end 200 + 409.
      const results = await Promise.all([
        officer.post(`/reports/${report.id}/transitions`, { to: "duplicate", duplicateOfId: original.id }),
        officer.post(`/reports/${report.id}/transitions`, { to: "rejected", reason: "Không thuộc phạm vi" }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409) as Response;
      // Which 409 depends on timing: read before the winner wrote, or after.
      expect(["report_changed", "illegal_transition"]).toContain((await loser.json<Problem>()).code);
      expect(await eventsOf(report.id)).toHaveLength(1);
    }
  });

  it("a write that lost the race between its read and its write is refused and leaves nothing", async () => {
    const d = await createStaffTenant();
    const races = [
      // Someone decided first: the status changed.
      { from: "received" as const, theirs: { status: "rejected" as const }, mine: { to: "accepted" as const } },
      // Someone reassigned first: same status, newer version.
      {
        from: "assigned" as const,
        theirs: { assignedUnitId: d.otherCommuneUnitId },
        mine: { to: "assigned" as const, unitId: d.districtUnitId },
      },
    ];
    for (const race of races) {
      const report = await insertReport(d, { status: race.from, assignedUnitId: d.communeUnitId });
      const db = testDb();
      const racing = new Proxy(db, {
        get(target, prop, receiver) {
          if (prop !== "batch") return Reflect.get(target, prop, receiver);
          return async (statements: Parameters<typeof db.batch>[0]) => {
            await db
              .update(reports)
              .set({ ...race.theirs, updatedAt: new Date(Date.now() + 1000).toISOString() })
              .where(eq(reports.id, report.id));
            return target.batch(statements);
          };
        },
      });
      const ctx = officerContext(d, racing);
      await expect(transitionReport(ctx, report.id, race.mine)).rejects.toMatchObject({ code: "report_changed" });
      expect(await rowOf(report.id)).toMatchObject(race.theirs);
      expect(await eventsOf(report.id)).toEqual([]);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
      expect(audit).toEqual([]);
    }
  });
});

function officerContext(d: StaffTenant, db: Db): TenantContext {
  const officer = d.users.hotline_officer;
  return {
    db,
    now: new Date(),
    requestId: `race-${newId()}`,
    actor: {
      type: "user",
      userId: officer.id,
      email: officer.email,
      tenantId: d.tenant.id,
      roles: officer.roles,
      unitId: null,
    },
    tenant: {
      id: d.tenant.id,
      slug: d.tenant.slug,
      name: "Huyện thử",
      timezone: "Asia/Ho_Chi_Minh",
      settings: parseTenantSettings({}),
      // No deadline is counted in these races.
      calendar: { years: {}, national: [], own: [] },
    },
  };
}
