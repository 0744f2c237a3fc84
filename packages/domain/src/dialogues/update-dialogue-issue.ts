import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import type { DialogueIssue } from "./dialogue-view";
import type { UpdateDialogueIssue } from "./issue-input";
import { loadIssueRow } from "./load-dialogue";
import { outcomeColumns } from "./outcome-columns";
import { saveIssueChange } from "./save-issue-change";

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
  const { issue: before, session } = await loadIssueRow(ctx, sessionId, issueId, "discipline:manage", "session");
  const { outcome, notInScopeReason, assignedUnitId, dueOn, ...texts } = input;
  let outcomeChange = {};
  if (outcome) {
    if (before.conclusionStatus === "in_progress" || before.conclusionStatus === "resolved") throw outcomeLocked();
    outcomeChange = await outcomeColumns(ctx, session.heldOn, { outcome, notInScopeReason, assignedUnitId, dueOn });
  }
  const changes = { ...texts, ...outcomeChange, updatedAt: ctx.now.toISOString() };
  const after = { ...before, ...changes };
  if (after.outcome === "assigned" && !after.conclusion) throw conclusionRequired();
  return saveIssueChange(ctx, before, changes, "dialogue_issue.updated");
}

function outcomeLocked(): DomainError {
  return new DomainError(
    "dialogue_issue_locked",
    "Kết luận đã được đơn vị xử lý; không thể đổi kết quả · Progress has been recorded on this conclusion; its outcome can no longer change",
    [{ path: "body.outcome", message: "Đã có tiến độ · Progress recorded" }],
  );
}

function conclusionRequired(): DomainError {
  return new DomainError("validation_failed", "Dữ liệu gửi lên không hợp lệ · The request did not pass validation", [
    { path: "body.conclusion", message: "Bắt buộc khi outcome là assigned · Required when outcome is assigned" },
  ]);
}
