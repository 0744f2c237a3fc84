import { dialogueIssues, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import type { DialogueIssue } from "./dialogue-view";
import { issueView } from "./get-dialogue-issue";
import type { UpdateDialogueIssue } from "./issue-input";
import { loadIssueRow } from "./load-dialogue";
import { outcomeColumns } from "./outcome-columns";
import { isStaleGuard, issueChanged, issueStaleGuard } from "./stale-guard";

/**
 * Corrects an issue. Its text can change at any time; its outcome only while
 * no progress has been recorded on the conclusion (the unit has started or
 * finished the work by then). A change racing another answers 409
 * `dialogue_issue_changed` and writes nothing.
 */
export async function updateDialogueIssue(
  ctx: TenantContext,
  sessionId: string,
  issueId: string,
  input: UpdateDialogueIssue,
): Promise<DialogueIssue> {
  assertCan(ctx, "discipline:manage");
  const { issue: before, session } = await loadIssueRow(ctx, sessionId, issueId, "session");
  const { outcome, notInScopeReason, assignedUnitId, dueOn, ...texts } = input;
  let outcomeChange = {};
  if (outcome) {
    if (before.conclusionStatus === "in_progress" || before.conclusionStatus === "resolved") throw outcomeLocked();
    outcomeChange = await outcomeColumns(ctx, session.heldOn, { outcome, notInScopeReason, assignedUnitId, dueOn });
  }
  const changes = { ...texts, ...outcomeChange, updatedAt: ctx.now.toISOString() };
  const after = { ...before, ...changes };
  if (after.outcome === "assigned" && !after.conclusion) throw conclusionRequired();
  try {
    await ctx.db.batch([
      ctx.db
        .update(dialogueIssues)
        .set(changes)
        .where(
          inTenant(
            dialogueIssues,
            ctx.tenant.id,
            eq(dialogueIssues.id, issueId),
            eq(dialogueIssues.updatedAt, before.updatedAt),
          ),
        ),
      issueStaleGuard(ctx, issueId),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "dialogue_issue.updated",
        entityType: "dialogue_issue",
        entityId: issueId,
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

function outcomeLocked(): DomainError {
  return new DomainError(
    "conflict",
    "dialogue_issue_locked",
    "Kết luận đã được đơn vị xử lý; không thể đổi kết quả · Progress has been recorded on this conclusion; its outcome can no longer change",
    [{ path: "body.outcome", message: "Đã có tiến độ · Progress recorded" }],
  );
}

function conclusionRequired(): DomainError {
  return new DomainError(
    "invalid",
    "validation_failed",
    "Dữ liệu gửi lên không hợp lệ · The request did not pass validation",
    [{ path: "body.conclusion", message: "Bắt buộc khi outcome là assigned · Required when outcome is assigned" }],
  );
}
