import { AuditRecord } from "@kycuong/domain/audit";
import { addDays } from "@kycuong/domain/calendar";
import { DialogueConclusion, DialogueDetail, DialogueIssue, DialogueSession } from "@kycuong/domain/dialogues";
import { describe, expect, it } from "vitest";
import type { Problem } from "../workers/api/src/http/problem";
import { ok, pageOf, signIn } from "./fixtures/client";
import { addIssue, assignedTo, createSession, today } from "./fixtures/dialogues";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";

describe("conclusion progress", () => {
  it("moves assigned → in_progress → resolved for the unit head of the assigned subtree; illegal moves are 409", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d, { heldOn: "2026-03-10" });
    const issue = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const progress = (body: unknown) =>
      signIn(d, "unit_head").post(`/dialogues/${session.id}/issues/${issue.id}/progress`, body);
    const resolved = { to: "resolved", resolutionResult: "Đã sửa xong đoạn đường", resolvedOn: "2026-04-20" };

    await expectProblem(await progress(resolved), 409, "illegal_conclusion_transition");
    expect(await ok(await progress({ to: "in_progress" }), DialogueIssue)).toMatchObject({
      conclusionStatus: "in_progress",
    });
    await expectProblem(await progress({ ...resolved, resolvedOn: "2026-03-09" }), 400, "date_before_session");
    await expectProblem(await progress({ ...resolved, resolvedOn: addDays(today(), 1) }), 400, "date_in_future");
    await expectProblem(await progress({ to: "resolved", resolvedOn: "2026-04-20" }), 400, "validation_failed");
    const done = await ok(await progress(resolved), DialogueIssue);
    expect(done).toMatchObject({
      conclusionStatus: "resolved",
      resolvedOn: "2026-04-20",
      resolvedAt: "2026-04-20T16:59:59.999Z",
      overdue: false,
    });
    await expectProblem(await progress({ to: "in_progress" }), 409, "illegal_conclusion_transition");

    const onTheSpot = await addIssue(d, session.id, { outcome: "resolved_on_the_spot" });
    await expectProblem(
      await signIn(d, "party_office").post(`/dialogues/${session.id}/issues/${onTheSpot.id}/progress`, {
        to: "in_progress",
      }),
      409,
      "illegal_conclusion_transition",
    );
  });

  it("lets exactly one of several simultaneous moves through", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d);
    const issue = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const path = `/dialogues/${session.id}/issues/${issue.id}/progress`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => signIn(d, "party_office").post(path, { to: "in_progress" })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const res of answers.filter((r) => r.status === 409)) {
      expect(["dialogue_issue_changed", "illegal_conclusion_transition"]).toContain((await res.json<Problem>()).code);
    }
    const audit = await signIn(d, "tenant_admin").get(`/audit?entity=dialogue_issue&id=${issue.id}`);
    const actions = (await ok(audit, pageOf(AuditRecord))).items.map((a) => a.action);
    expect(actions.filter((a) => a === "dialogue_conclusion.in_progress")).toHaveLength(1);
  });

  it("keeps unit heads to their subtree, viewers to reading, and other tenants out", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d, { hostUnitId: d.otherCommuneUnitId });
    const mine = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const theirs = await addIssue(d, session.id, assignedTo(d.otherCommuneUnitId));
    const hidden = await createSession(d, { hostUnitId: d.otherCommuneUnitId, place: "Nhà văn hóa thôn" });
    const path = (issueId: string) => `/dialogues/${session.id}/issues/${issueId}/progress`;

    // Hosted elsewhere but with a conclusion assigned to the head's commune: visible, whole.
    const seen = await ok(await signIn(d, "unit_head").get(`/dialogues/${session.id}`), DialogueDetail);
    expect(seen.issues).toHaveLength(2);
    await expectProblem(await signIn(d, "unit_head").get(`/dialogues/${hidden.id}`), 404, "dialogue_not_found");
    const listed = await ok(await signIn(d, "unit_head").get("/dialogues"), pageOf(DialogueSession));
    expect(listed.items.map((s) => s.id)).toEqual([session.id]);

    expect((await signIn(d, "unit_head").post(path(mine.id), { to: "in_progress" })).status).toBe(200);
    await expectProblem(
      await signIn(d, "unit_head").post(path(theirs.id), { to: "in_progress" }),
      404,
      "dialogue_issue_not_found",
    );
    await expectProblem(
      await signIn(d, "unit_head").post(`/dialogues/${session.id}/issues`, {
        content: "x",
        pressing: false,
        outcome: "resolved_on_the_spot",
      }),
      403,
      "forbidden",
    );

    expect((await signIn(d, "viewer").get(`/dialogues/${session.id}`)).status).toBe(200);
    await expectProblem(await signIn(d, "viewer").post(path(theirs.id), { to: "in_progress" }), 403, "forbidden");
    await expectProblem(
      await signIn(d, "viewer").patch(`/dialogues/${session.id}`, { place: "Khác" }),
      403,
      "forbidden",
    );

    const other = await createStaffTenant();
    await expectProblem(await signIn(other, "party_office").get(`/dialogues/${session.id}`), 404, "dialogue_not_found");
    await expectProblem(
      await signIn(other, "party_office").post(`/dialogues/${session.id}/issues/${theirs.id}/progress`, {
        to: "in_progress",
      }),
      404,
      "dialogue_not_found",
    );
    const cross = await signIn({ ...other, tenant: d.tenant }, "party_office").get(`/dialogues/${session.id}`);
    await expectProblem(cross, 404, "tenant_not_found");
  });

  it("lists conclusions across sessions by deadline, with the overdue filter and a unit head's scope", async () => {
    const d = await createStaffTenant();
    const old = await createSession(d, { heldOn: "2025-01-15" });
    const recent = await createSession(d, { heldOn: today(), hostUnitId: d.otherCommuneUnitId });
    const overdue = await addIssue(d, old.id, assignedTo(d.communeUnitId));
    const notYet = await addIssue(d, recent.id, assignedTo(d.communeUnitId));
    const elsewhere = await addIssue(d, recent.id, assignedTo(d.otherCommuneUnitId));
    await addIssue(d, old.id, { outcome: "resolved_on_the_spot" });

    const all = await ok(await signIn(d, "party_office").get("/dialogue-conclusions"), pageOf(DialogueConclusion));
    expect(all.items.map((i) => i.id)).toEqual([overdue.id, notYet.id, elsewhere.id]);
    expect(all.items[0]).toMatchObject({ overdue: true, session: { id: old.id } });
    const late = await ok(
      await signIn(d, "party_office").get("/dialogue-conclusions?overdue=true"),
      pageOf(DialogueConclusion),
    );
    expect(late.items.map((i) => i.id)).toEqual([overdue.id]);
    const byUnit = await signIn(d, "party_office").get(`/dialogue-conclusions?unitId=${d.otherCommuneUnitId}`);
    expect((await ok(byUnit, pageOf(DialogueConclusion))).items.map((i) => i.id)).toEqual([elsewhere.id]);
    const head = await ok(await signIn(d, "unit_head").get("/dialogue-conclusions"), pageOf(DialogueConclusion));
    expect(head.items.map((i) => i.id)).toEqual([overdue.id, notYet.id]);

    const first = await ok(
      await signIn(d, "party_office").get("/dialogue-conclusions?limit=2"),
      pageOf(DialogueConclusion),
    );
    const rest = await signIn(d, "party_office").get(`/dialogue-conclusions?limit=2&cursor=${first.nextCursor}`);
    expect((await ok(rest, pageOf(DialogueConclusion))).items.map((i) => i.id)).toEqual([elsewhere.id]);
  });
});
