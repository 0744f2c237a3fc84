import { addDays } from "@kycuong/domain/calendar";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import {
  addIssue,
  assignedTo,
  call,
  createSession,
  type IssueBody,
  type SessionBody,
  today,
} from "./fixtures/dialogues";
import { expectProblem } from "./fixtures/problem";
import { bearer, createStaffTenant } from "./fixtures/staff";

describe("conclusion progress", () => {
  it("moves assigned → in_progress → resolved for the unit head of the assigned subtree; illegal moves are 409", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d, { heldOn: "2026-03-10" });
    const issue = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const progress = (body: unknown) =>
      call(d, "unit_head", "POST", `/dialogues/${session.id}/issues/${issue.id}/progress`, body);
    const resolved = { to: "resolved", resolutionResult: "Đã sửa xong đoạn đường", resolvedOn: "2026-04-20" };

    await expectProblem(await progress(resolved), 409, "illegal_conclusion_transition");
    expect(await (await progress({ to: "in_progress" })).json()).toMatchObject({ conclusionStatus: "in_progress" });
    await expectProblem(await progress({ ...resolved, resolvedOn: "2026-03-09" }), 400, "date_before_session");
    await expectProblem(await progress({ ...resolved, resolvedOn: addDays(today(), 1) }), 400, "date_in_future");
    await expectProblem(await progress({ to: "resolved", resolvedOn: "2026-04-20" }), 400, "validation_failed");
    const done = await (await progress(resolved)).json<IssueBody>();
    expect(done).toMatchObject({
      conclusionStatus: "resolved",
      resolvedOn: "2026-04-20",
      resolvedAt: "2026-04-20T16:59:59.999Z",
      overdue: false,
    });
    await expectProblem(await progress({ to: "in_progress" }), 409, "illegal_conclusion_transition");

    const onTheSpot = await addIssue(d, session.id, { outcome: "resolved_on_the_spot" });
    await expectProblem(
      await call(d, "party_office", "POST", `/dialogues/${session.id}/issues/${onTheSpot.id}/progress`, {
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
      Array.from({ length: 5 }, () => call(d, "party_office", "POST", path, { to: "in_progress" })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const res of answers.filter((r) => r.status === 409)) {
      expect(["dialogue_issue_changed", "illegal_conclusion_transition"]).toContain(
        (await res.json<{ code: string }>()).code,
      );
    }
    const audit = await call(d, "tenant_admin", "GET", `/audit?entity=dialogue_issue&id=${issue.id}`);
    const actions = (await audit.json<{ items: { action: string }[] }>()).items.map((a) => a.action);
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
    const seen = await (await call(d, "unit_head", "GET", `/dialogues/${session.id}`)).json<SessionBody>();
    expect(seen.issues).toHaveLength(2);
    await expectProblem(await call(d, "unit_head", "GET", `/dialogues/${hidden.id}`), 404, "dialogue_not_found");
    const listed = await (await call(d, "unit_head", "GET", "/dialogues")).json<{ items: { id: string }[] }>();
    expect(listed.items.map((s) => s.id)).toEqual([session.id]);

    expect((await call(d, "unit_head", "POST", path(mine.id), { to: "in_progress" })).status).toBe(200);
    await expectProblem(
      await call(d, "unit_head", "POST", path(theirs.id), { to: "in_progress" }),
      404,
      "dialogue_issue_not_found",
    );
    await expectProblem(
      await call(d, "unit_head", "POST", `/dialogues/${session.id}/issues`, {
        content: "x",
        pressing: false,
        outcome: "resolved_on_the_spot",
      }),
      403,
      "forbidden",
    );

    expect((await call(d, "viewer", "GET", `/dialogues/${session.id}`)).status).toBe(200);
    await expectProblem(await call(d, "viewer", "POST", path(theirs.id), { to: "in_progress" }), 403, "forbidden");
    await expectProblem(
      await call(d, "viewer", "PATCH", `/dialogues/${session.id}`, { place: "Khác" }),
      403,
      "forbidden",
    );

    const other = await createStaffTenant();
    await expectProblem(
      await call(other, "party_office", "GET", `/dialogues/${session.id}`),
      404,
      "dialogue_not_found",
    );
    await expectProblem(
      await call(other, "party_office", "POST", `/dialogues/${session.id}/issues/${theirs.id}/progress`, {
        to: "in_progress",
      }),
      404,
      "dialogue_not_found",
    );
    const crossToken = bearer(await other.token("party_office"));
    const cross = await api(`/v1/tenants/${d.tenant.slug}/dialogues/${session.id}`, { headers: crossToken });
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

    type Page = { items: (IssueBody & { session: { id: string } })[]; nextCursor: string | null };
    const all = await (await call(d, "party_office", "GET", "/dialogue-conclusions")).json<Page>();
    expect(all.items.map((i) => i.id)).toEqual([overdue.id, notYet.id, elsewhere.id]);
    expect(all.items[0]).toMatchObject({ overdue: true, session: { id: old.id } });
    const late = await (await call(d, "party_office", "GET", "/dialogue-conclusions?overdue=true")).json<Page>();
    expect(late.items.map((i) => i.id)).toEqual([overdue.id]);
    const byUnit = await call(d, "party_office", "GET", `/dialogue-conclusions?unitId=${d.otherCommuneUnitId}`);
    expect((await byUnit.json<Page>()).items.map((i) => i.id)).toEqual([elsewhere.id]);
    const head = await (await call(d, "unit_head", "GET", "/dialogue-conclusions")).json<Page>();
    expect(head.items.map((i) => i.id)).toEqual([overdue.id, notYet.id]);

    const first = await (await call(d, "party_office", "GET", "/dialogue-conclusions?limit=2")).json<Page>();
    const rest = await call(d, "party_office", "GET", `/dialogue-conclusions?limit=2&cursor=${first.nextCursor}`);
    expect((await rest.json<Page>()).items.map((i) => i.id)).toEqual([elsewhere.id]);
  });
});
