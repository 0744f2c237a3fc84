import { dialogueIssues, dialogueSessions, inTenant } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../ids";
import type { DialogueIssue } from "./dialogue-view";
import { issueView } from "./get-dialogue-issue";
import type { CreateDialogueIssue } from "./issue-input";
import { loadDialogueRow } from "./load-dialogue";
import { outcomeColumns } from "./outcome-columns";
import { dialogueChanged, isStaleGuard, sessionStaleGuard } from "./stale-guard";

/**
 * Records an issue raised at a session, with the chair's conclusion and its
 * outcome. An assigned conclusion's deadline is counted from the session's
 * date, so the insert is guarded on that date being the one read: if the
 * date changed meanwhile, nothing is written (409 `dialogue_changed`).
 */
export async function addDialogueIssue(
  ctx: TenantContext,
  sessionId: string,
  input: CreateDialogueIssue,
): Promise<DialogueIssue> {
  assertCan(ctx, "discipline:manage");
  const session = await loadDialogueRow(ctx, sessionId);
  const outcome = await outcomeColumns(ctx, session.heldOn, input);
  const at = ctx.now.toISOString();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    sessionId,
    content: input.content,
    raisedBy: input.raisedBy,
    pressing: input.pressing,
    conclusion: input.conclusion,
    ...outcome,
    resolutionResult: null,
    resolvedOn: null,
    resolvedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await ctx.db.batch([
      // Matches (and changes nothing) only while the session keeps the date read above.
      ctx.db
        .update(dialogueSessions)
        .set({ updatedAt: sql`${dialogueSessions.updatedAt}` })
        .where(
          inTenant(
            dialogueSessions,
            ctx.tenant.id,
            eq(dialogueSessions.id, sessionId),
            eq(dialogueSessions.heldOn, session.heldOn),
          ),
        ),
      sessionStaleGuard(ctx, sessionId),
      ctx.db.insert(dialogueIssues).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "dialogue_issue.added",
        entityType: "dialogue_issue",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    if (isStaleGuard(error, "dialogue_sessions")) throw dialogueChanged();
    throw error;
  }
  return issueView(ctx, row);
}
