import { dialogueIssues, dialogueSessions, inTenant, units } from "@kycuong/db";
import { and, asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { sessionScope } from "./dialogue-scope";
import {
  type DialogueDetail,
  type DialogueIssue,
  type DialogueIssueRow,
  toDialogueIssue,
  toDialogueSession,
} from "./dialogue-view";
import { dialogueNotFound, loadIssueRow } from "./load-dialogue";

/**
 * A session with all its issues, in the order they were recorded: one
 * batch, the actor's scope in both statements (404 outside it).
 */
export async function getDialogue(ctx: TenantContext, id: string): Promise<DialogueDetail> {
  assertCan(ctx, "discipline:read");
  const scope = sessionScope(ctx, await visibleUnitIds(ctx, "discipline:read"));
  if (scope === null) throw dialogueNotFound();
  const tenantId = ctx.tenant.id;
  const [sessions, issues] = await ctx.db.batch([
    ctx.db
      .select({ session: dialogueSessions, host: { id: units.id, name: units.name } })
      .from(dialogueSessions)
      .leftJoin(units, and(eq(units.id, dialogueSessions.hostUnitId), eq(units.tenantId, dialogueSessions.tenantId)))
      .where(inTenant(dialogueSessions, tenantId, eq(dialogueSessions.id, id), scope))
      .limit(1),
    ctx.db
      .select({ issue: dialogueIssues, unit: { id: units.id, name: units.name } })
      .from(dialogueIssues)
      .innerJoin(
        dialogueSessions,
        and(eq(dialogueSessions.id, dialogueIssues.sessionId), eq(dialogueSessions.tenantId, dialogueIssues.tenantId)),
      )
      .leftJoin(units, and(eq(units.id, dialogueIssues.assignedUnitId), eq(units.tenantId, dialogueIssues.tenantId)))
      .where(inTenant(dialogueIssues, tenantId, eq(dialogueIssues.sessionId, id), scope))
      .orderBy(asc(dialogueIssues.id)),
  ]);
  const [found] = sessions;
  if (!found) throw dialogueNotFound();
  return {
    ...toDialogueSession(found.session, found.host ?? { id: found.session.hostUnitId, name: "" }),
    issues: issues.map((r) => toDialogueIssue(r.issue, r.unit, ctx.now)),
  };
}

export async function getDialogueIssue(ctx: TenantContext, sessionId: string, issueId: string): Promise<DialogueIssue> {
  assertCan(ctx, "discipline:read");
  const { issue } = await loadIssueRow(ctx, sessionId, issueId, "discipline:read", "session");
  return issueView(ctx, issue);
}

/** The view of an issue row, its assigned unit named. */
export async function issueView(ctx: TenantContext, row: DialogueIssueRow): Promise<DialogueIssue> {
  if (!row.assignedUnitId) return toDialogueIssue(row, null, ctx.now);
  const [unit] = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inTenant(units, ctx.tenant.id, eq(units.id, row.assignedUnitId)))
    .limit(1);
  return toDialogueIssue(row, unit ?? null, ctx.now);
}
