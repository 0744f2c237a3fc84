import { dialogueIssues } from "@kycuong/db";
import { AuditRecord } from "@kycuong/domain/audit";
import { DialogueDetail } from "@kycuong/domain/dialogues";
import { SessionDialogueKpi } from "@kycuong/domain/kpi";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { addIssue, assignedTo, createSession } from "./fixtures/dialogues";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

/** The migration's statements, as it ships. */
const migration = Object.values(
  import.meta.glob("../migrations/0014_roll_conclusion_deadlines.sql", {
    query: "?raw",
    import: "default",
    eager: true,
  }),
)[0]
  ?.split("--> statement-breakpoint")
  .map((statement) => statement.trim())
  .filter(Boolean);

/** Puts a conclusion back to the deadline the product stored before the Civil Code roll (the end of that day in Hà Nội). */
async function storeOldDeadline(d: StaffTenant, issueId: string, dueOn: string) {
  await testDb()
    .update(dialogueIssues)
    .set({ dueOn, dueAt: `${dueOn}T16:59:59.999Z` })
    .where(and(eq(dialogueIssues.tenantId, d.tenant.id), eq(dialogueIssues.id, issueId)));
}

async function resolve(d: StaffTenant, sessionId: string, issueId: string, resolvedOn: string) {
  const path = `/dialogues/${sessionId}/issues/${issueId}/progress`;
  expect((await signIn(d, "unit_head").post(path, { to: "in_progress" })).status).toBe(200);
  const body = { to: "resolved", resolutionResult: "Đã xử lý", resolvedOn };
  expect((await signIn(d, "unit_head").post(path, body)).status).toBe(200);
}

describe("migration 0014: existing conclusions get the Civil Code deadline (art. 148(5))", () => {
  it("moves a stored weekend deadline to the next working day, keeps explicit dates, and re-judges resolutions", async () => {
    expect(migration?.length).toBeGreaterThan(2);
    const d = await createStaffTenant();
    // Held 31 Aug 2026: stored as due Saturday 31 Oct before the rule.
    const session = await createSession(d, { heldOn: "2026-08-31" });
    const resolvedMonday = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const open = await addIssue(d, session.id, assignedTo(d.communeUnitId));
    const explicit = await addIssue(d, session.id, assignedTo(d.communeUnitId, { dueOn: "2026-10-24" }));
    await resolve(d, session.id, resolvedMonday.id, "2026-11-02");
    for (const issue of [resolvedMonday, open]) await storeOldDeadline(d, issue.id, "2026-10-31");
    // Held 30 Jun 2026: 30 Aug is a Sunday, 31 Aug a working Monday.
    const summer = await createSession(d, { heldOn: "2026-06-30" });
    const beforeHoliday = await addIssue(d, summer.id, assignedTo(d.communeUnitId));
    await storeOldDeadline(d, beforeHoliday.id, "2026-08-30");
    // Already on a working day: untouched.
    const weekday = await createSession(d, { heldOn: "2026-08-30" });
    const friday = await addIssue(d, weekday.id, assignedTo(d.communeUnitId));

    const kpi = async () =>
      (await ok(await signIn(d, "viewer").get(`/dialogues/${session.id}/kpi`), SessionDialogueKpi)).conclusions;
    expect(await kpi()).toMatchObject({ resolvedWithinDeadline: 0, due: 3, openOverdue: 2 });

    for (const statement of migration ?? []) await testDb().run(sql.raw(statement));

    const issues = async (id: string) =>
      (await ok(await signIn(d, "viewer").get(`/dialogues/${id}`), DialogueDetail)).issues;
    expect((await issues(session.id)).map((i) => [i.id, i.dueOn, i.dueAt])).toEqual([
      [resolvedMonday.id, "2026-11-02", "2026-11-02T16:59:59.999Z"],
      [open.id, "2026-11-02", "2026-11-02T16:59:59.999Z"],
      [explicit.id, "2026-10-24", "2026-10-24T16:59:59.999Z"], // set by the chair: kept
    ]);
    expect((await issues(summer.id))[0]?.dueOn).toBe("2026-08-31");
    expect((await issues(weekday.id))[0]).toMatchObject({ id: friday.id, dueOn: "2026-10-30" });
    // Resolved on Monday 2 Nov: late against Saturday, in time against the corrected deadline.
    expect(await kpi()).toMatchObject({ resolvedWithinDeadline: 1, due: 3, openOverdue: 2 });

    const audit = await ok(
      await signIn(d, "tenant_admin").get(`/audit?entity=dialogue_issue&id=${resolvedMonday.id}`),
      pageOf(AuditRecord),
    );
    expect(audit.items.find((a) => a.action === "dialogue_issue.deadline_recomputed")).toMatchObject({
      actorType: "system",
      actorId: "migration:roll_conclusion_deadlines",
      changes: {
        dueOn: ["2026-10-31", "2026-11-02"],
        dueAt: ["2026-10-31T16:59:59.999Z", "2026-11-02T16:59:59.999Z"],
      },
    });
  });
});
