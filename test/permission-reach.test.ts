import { DialogueConclusion, DialogueSession } from "@kycuong/domain/dialogues";
import { Inspection, InspectionDetail } from "@kycuong/domain/inspections";
import { StaffReport } from "@kycuong/domain/reports";
import { Task } from "@kycuong/domain/tasks";
import { ViolationRecord } from "@kycuong/domain/violations";
import { describe, expect, it } from "vitest";
import { created, ok, pageOf, signIn, signInAs } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { addIssue, assignedTo, createSession } from "./fixtures/dialogues";
import { createTeamAndTemplate } from "./fixtures/inspections";
import { expectProblem } from "./fixtures/problem";
import { insertReport, rowOf } from "./fixtures/reports";
import { addStaffAccount, createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { createTask } from "./fixtures/tasks";
import { arrangeViolations, recordThroughApi } from "./fixtures/violations";

/**
 * Issue 13, defect 1: each permission keeps the reach of the role that
 * grants it. A unit head of xã Bình Thanh Đông who is also a viewer (or an
 * inspector) reads what the other role reads, but the unit head's own work
 * permissions (`discipline:progress`, `reports:resolve`, `violations:respond`)
 * stay inside their subtree, and what is kept from a unit head stays kept.
 */
async function headAnd(d: StaffTenant, role: "viewer" | "inspector") {
  return signInAs(d, await addStaffAccount(d, ["unit_head", role], d.communeUnitId));
}

describe("a unit head who holds another role", () => {
  it("reads another commune's task but cannot complete it; completes their own", async () => {
    const d = await createStaffTenant();
    const head = await headAnd(d, "viewer");
    const theirs = await createTask(d, { unitId: d.otherCommuneUnitId });
    const mine = await createTask(d);

    expect((await ok(await head.get(`/tasks/${theirs.id}`), Task)).id).toBe(theirs.id);
    const done = { completedOn: "2026-10-01", note: "Đã xong." };
    await expectProblem(await head.post(`/tasks/${theirs.id}/complete`, done), 404, "task_not_found");
    expect((await ok(await signIn(d, "party_office").get(`/tasks/${theirs.id}`), Task)).status).toBe("open");
    expect((await ok(await head.post(`/tasks/${mine.id}/complete`, done), Task)).status).toBe("done");
  });

  it("cannot move another commune's report, nor note on it; moves their own", async () => {
    const d = await createStaffTenant();
    const head = await headAnd(d, "viewer");
    const theirs = await insertReport(d, { status: "assigned", assignedUnitId: d.otherCommuneUnitId });
    const mine = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId });

    expect((await ok(await head.get(`/reports/${theirs.id}`), StaffReport)).id).toBe(theirs.id);
    await expectProblem(
      await head.post(`/reports/${theirs.id}/transitions`, { to: "in_progress" }),
      404,
      "report_not_found",
    );
    await expectProblem(
      await head.post(`/reports/${theirs.id}/notes`, { body: "Ghi chú nội bộ" }),
      404,
      "report_not_found",
    );
    expect((await rowOf(theirs.id))?.status).toBe("assigned");
    expect((await head.post(`/reports/${mine.id}/transitions`, { to: "in_progress" })).status).toBe(200);
  });

  it("cannot record progress on another unit's dialogue conclusion", async () => {
    const d = await createStaffTenant();
    const head = await headAnd(d, "viewer");
    const session = await createSession(d, { hostUnitId: d.otherCommuneUnitId });
    const theirs = await addIssue(d, session.id, assignedTo(d.otherCommuneUnitId));
    const mine = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const progress = (issueId: string) =>
      head.post(`/dialogues/${session.id}/issues/${issueId}/progress`, { to: "in_progress" });

    await expectProblem(await progress(theirs.id), 404, "dialogue_issue_not_found");
    expect((await progress(mine.id)).status).toBe(200);
    const conclusions = await ok(
      await signIn(d, "party_office").get(`/dialogue-conclusions`),
      pageOf(DialogueConclusion),
    );
    expect(conclusions.items.find((c) => c.id === theirs.id)?.conclusionStatus).toBe("assigned");
  });

  it("still does not see a scheduled surprise inspection of their own commune; sees another commune's", async () => {
    const d = await createStaffTenant();
    const head = await headAnd(d, "viewer");
    const { team, template } = await createTeamAndTemplate(d);
    const surprise = (unitId: string) =>
      signIn(d, "inspector").post("/inspections", {
        teamId: team.id,
        kind: "surprise",
        targetUnitIds: [unitId],
        checklistTemplateId: template.id,
      });
    const ofMine = await created(await surprise(d.communeUnitId), InspectionDetail);
    const ofTheirs = await created(await surprise(d.otherCommuneUnitId), InspectionDetail);

    await expectProblem(await head.get(`/inspections/${ofMine.id}`), 404, "inspection_not_found");
    const listed = await ok(await head.get("/inspections"), pageOf(Inspection));
    expect(listed.items.map((i) => i.id)).toEqual([ofTheirs.id]);
    expect((await ok(await head.get(`/inspections/${ofTheirs.id}`), InspectionDetail)).id).toBe(ofTheirs.id);
  });

  it("does not see a draft violation record about their own commune, and answers only for their own unit", async () => {
    const d = await createStaffTenant();
    const head = await headAnd(d, "viewer");
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    const draftAboutMine = await recordThroughApi(inspector, [people.a.id], { draft: true });
    const draftAboutTheirs = await recordThroughApi(inspector, [people.c.id], { draft: true });
    const issued = await recordThroughApi(inspector, [people.a.id, people.c.id]);

    await expectProblem(await head.get(`/violations/${draftAboutMine.id}`), 404, "violation_record_not_found");
    expect((await ok(await head.get(`/violations/${draftAboutTheirs.id}`), ViolationRecord)).id).toBe(
      draftAboutTheirs.id,
    );
    await expectProblem(
      await head.post(`/violations/${issued.id}/officials/${people.c.id}/explanation`, { text: "Không phải tôi" }),
      403,
      "forbidden",
    );
    await expectProblem(
      await head.post(`/violations/${issued.id}/corrective-reports`, {
        unitId: d.otherCommuneUnitId,
        body: "Đã chấn chỉnh.",
      }),
      403,
      "forbidden",
    );
    const explained = await head.post(`/violations/${issued.id}/officials/${people.a.id}/explanation`, {
      text: "Tôi xin nhận khuyết điểm.",
    });
    expect(explained.status).toBe(200);
  });

  it("with the inspector role reads only their own subtree's tasks and dialogues (the inspector grants no discipline:read)", async () => {
    const d = await createStaffTenant();
    const head = await headAnd(d, "inspector");
    const mine = await createTask(d);
    const theirs = await createTask(d, { unitId: d.otherCommuneUnitId });
    const hostedHere = await createSession(d);
    const hostedThere = await createSession(d, { hostUnitId: d.otherCommuneUnitId });

    const tasks = await ok(await head.get("/tasks"), pageOf(Task));
    expect(tasks.items.map((t) => t.id)).toEqual([mine.id]);
    await expectProblem(await head.get(`/tasks/${theirs.id}`), 404, "task_not_found");
    const sessions = await ok(await head.get("/dialogues"), pageOf(DialogueSession));
    expect(sessions.items.map((s) => s.id)).toEqual([hostedHere.id]);
    await expectProblem(await head.get(`/dialogues/${hostedThere.id}`), 404, "dialogue_not_found");
    await expectProblem(await head.get(`/kpi/dialogues?unit=${d.otherCommuneUnitId}`), 404, "unit_not_found");
  });

  it("in the console, another commune's report shows no move or note form", async () => {
    const d = await createStaffTenant();
    const account = await addStaffAccount(d, ["unit_head", "viewer"], d.communeUnitId);
    const theirs = await insertReport(d, { status: "assigned", assignedUnitId: d.otherCommuneUnitId });
    const mine = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId });
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.signIn(account.email);

    const other = await browser.get(`/t/${d.tenant.slug}/app/reports/${theirs.id}`);
    expect(other.status).toBe(200);
    expect(other.html).toContain(theirs.trackingCode);
    expect(other.html).not.toMatch(/name="to" value="in_progress"/);
    const own = await browser.get(`/t/${d.tenant.slug}/app/reports/${mine.id}`);
    expect(own.html).toMatch(/name="to" value="in_progress"/);
  });
});
