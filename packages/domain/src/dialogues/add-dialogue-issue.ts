import { dialogueIssues, dialogueSessions, guardedUpdate } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { writeGuarded } from "../guarded-write";
import { dialogueChanged } from "./dialogue-errors";
import type { DialogueIssue } from "./dialogue-view";
import { issueView } from "./get-dialogue";
import type { CreateDialogueIssue } from "./issue-input";
import { loadDialogueRow } from "./load-dialogue";
import { outcomeColumns } from "./outcome-columns";

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
  const session = await loadDialogueRow(ctx, sessionId, "discipline:manage");
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
  await writeGuarded(
    ctx,
    [
      // Touches (and changes nothing of) the session, only while it keeps the date read above.
      ...guardedUpdate(ctx.db, {
        table: dialogueSessions,
        row: { tenantId: ctx.tenant.id, id: sessionId },
        read: { heldOn: session.heldOn },
        set: {},
      }),
      ctx.db.insert(dialogueIssues).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "dialogue_issue.added",
        entityType: "dialogue_issue",
        entityId: row.id,
        after: row,
      }),
    ],
    dialogueChanged,
  );
  return issueView(ctx, row);
}
