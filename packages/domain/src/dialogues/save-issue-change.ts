import { dialogueIssues, guardedUpdate } from "@kycuong/db";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { writeGuarded } from "../guarded-write";
import { issueChanged } from "./dialogue-errors";
import type { DialogueIssue } from "./dialogue-view";
import { issueView } from "./get-dialogue";
import type { loadIssueRow } from "./load-dialogue";

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
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: dialogueIssues,
        row: { tenantId: ctx.tenant.id, id: before.id },
        read: { updatedAt: before.updatedAt },
        set: changes,
      }),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action,
        entityType: "dialogue_issue",
        entityId: before.id,
        before,
        after,
      }),
    ],
    issueChanged,
  );
  return issueView(ctx, after);
}
