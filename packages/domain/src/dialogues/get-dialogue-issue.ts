import { inTenant, units } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { type DialogueIssue, type DialogueIssueRow, toDialogueIssue } from "./dialogue-view";
import { loadIssueRow } from "./load-dialogue";

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
