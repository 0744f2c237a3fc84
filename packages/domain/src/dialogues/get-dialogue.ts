import { dialogueIssues, inTenant, units } from "@kycuong/db";
import { and, asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import {
  type DialogueDetail,
  type DialogueIssue,
  type DialogueIssueRow,
  toDialogueIssue,
  toDialogueSession,
} from "./dialogue-view";
import { loadDialogueRow, loadIssueRow } from "./load-dialogue";

/** A session with all its issues, in the order they were recorded. */
export async function getDialogue(ctx: TenantContext, id: string): Promise<DialogueDetail> {
  assertCan(ctx, "discipline:read");
  const session = await loadDialogueRow(ctx, id);
  const tenantId = ctx.tenant.id;
  const [hosts, issues] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inTenant(units, tenantId, eq(units.id, session.hostUnitId))),
    ctx.db
      .select({ issue: dialogueIssues, unit: { id: units.id, name: units.name } })
      .from(dialogueIssues)
      .leftJoin(units, and(eq(units.id, dialogueIssues.assignedUnitId), eq(units.tenantId, dialogueIssues.tenantId)))
      .where(inTenant(dialogueIssues, tenantId, eq(dialogueIssues.sessionId, id)))
      .orderBy(asc(dialogueIssues.id)),
  ]);
  return {
    ...toDialogueSession(session, hosts[0] ?? { id: session.hostUnitId, name: "" }),
    issues: issues.map((r) => toDialogueIssue(r.issue, r.unit, ctx.now)),
  };
}

export async function getDialogueIssue(ctx: TenantContext, sessionId: string, issueId: string): Promise<DialogueIssue> {
  assertCan(ctx, "discipline:read");
  const { issue } = await loadIssueRow(ctx, sessionId, issueId, "session");
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
