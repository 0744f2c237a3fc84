import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { illegalConclusionMove, isAllowedConclusionMove } from "./conclusion-transitions";
import { assertNotBeforeSession, assertNotInFuture, resolvedInstant } from "./dialogue-dates";
import type { DialogueIssue } from "./dialogue-view";
import type { ConclusionProgress } from "./issue-input";
import { loadIssueRow } from "./load-dialogue";
import { saveIssueChange } from "./save-issue-change";

/**
 * Moves an assigned conclusion to in_progress, then to resolved with its
 * result and date. A unit head may do so only for conclusions assigned to
 * their subtree (others answer 404). The update matches only the version
 * read, so of two people recording progress at once one gets 409
 * `dialogue_issue_changed` and nothing of theirs is written.
 */
export async function recordConclusionProgress(
  ctx: TenantContext,
  sessionId: string,
  issueId: string,
  input: ConclusionProgress,
): Promise<DialogueIssue> {
  assertCan(ctx, "discipline:progress");
  const { issue: before, session } = await loadIssueRow(ctx, sessionId, issueId, "discipline:progress", "assignee");
  if (!isAllowedConclusionMove(before.conclusionStatus, input.to)) {
    throw illegalConclusionMove(before.conclusionStatus, input.to);
  }
  const resolution =
    input.to === "resolved"
      ? resolutionOf(ctx, session.heldOn, input)
      : { resolutionResult: null, resolvedOn: null, resolvedAt: null };
  const changes = { conclusionStatus: input.to, ...resolution, updatedAt: ctx.now.toISOString() };
  return saveIssueChange(ctx, before, changes, `dialogue_conclusion.${input.to}`);
}

function resolutionOf(
  ctx: TenantContext,
  heldOn: string,
  input: Extract<ConclusionProgress, { to: "resolved" }>,
): { resolutionResult: string; resolvedOn: string; resolvedAt: string } {
  assertNotInFuture(ctx, input.resolvedOn, "body.resolvedOn");
  assertNotBeforeSession(input.resolvedOn, heldOn, "body.resolvedOn");
  return {
    resolutionResult: input.resolutionResult,
    resolvedOn: input.resolvedOn,
    resolvedAt: resolvedInstant(ctx, input.resolvedOn),
  };
}
