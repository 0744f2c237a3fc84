import { dialogueIssues, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import type { DialogueIssue } from "./dialogue-view";
import { issueView } from "./get-dialogue-issue";
import type { loadIssueRow } from "./load-dialogue";
import { isStaleGuard, issueChanged, issueStaleGuard } from "./stale-guard";

type IssueRow = Awaited<ReturnType<typeof loadIssueRow>>["issue"];

/**
 * Writes a change to a dialogue issue with its audit entry in one batch.
 * The update matches only the version that was read (every change moves
 * `updatedAt`), so of two people acting on one issue at once exactly one
 * wins; the other gets 409 `dialogue_issue_changed` and nothing is written.
 */
export async function saveIssueChange(
  ctx: TenantContext,
  before: IssueRow,
  changes: Partial<IssueRow> & { updatedAt: string },
  action: string,
): Promise<DialogueIssue> {
  const after = { ...before, ...changes };
  try {
    await ctx.db.batch([
      ctx.db
        .update(dialogueIssues)
        .set(changes)
        .where(
          inTenant(
            dialogueIssues,
            ctx.tenant.id,
            eq(dialogueIssues.id, before.id),
            eq(dialogueIssues.updatedAt, before.updatedAt),
          ),
        ),
      issueStaleGuard(ctx, before.id),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action,
        entityType: "dialogue_issue",
        entityId: before.id,
        before,
        after,
      }),
    ]);
  } catch (error) {
    if (isStaleGuard(error, "dialogue_issues")) throw issueChanged();
    throw error;
  }
  return issueView(ctx, after);
}
