import { dialogueIssues, dialogueSessions, guardedUpdate, inTenant } from "@kycuong/db";
import { eq, notExists } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { assertOfficialExists, assertUnitExists } from "../units/references";
import { assertNotInFuture } from "./dialogue-dates";
import { dialogueChanged } from "./dialogue-errors";
import type { UpdateDialogue } from "./dialogue-input";
import type { DialogueDetail } from "./dialogue-view";
import { getDialogue } from "./get-dialogue";
import { loadDialogueRow } from "./load-dialogue";

/**
 * Changes a session's fields. The date is fixed once an issue is recorded:
 * every conclusion's deadline was counted from it. The update matches only
 * the version that was read (and, for a date change, only a session still
 * without issues), so a concurrent change makes this one 409 `dialogue_changed`.
 */
export async function updateDialogue(ctx: TenantContext, id: string, input: UpdateDialogue): Promise<DialogueDetail> {
  assertCan(ctx, "discipline:manage");
  const before = await loadDialogueRow(ctx, id, "discipline:manage");
  const dateChanges = input.heldOn !== undefined && input.heldOn !== before.heldOn;
  if (input.heldOn !== undefined) assertNotInFuture(ctx, input.heldOn, "body.heldOn");
  if (input.hostUnitId) await assertUnitExists(ctx, input.hostUnitId, "body.hostUnitId");
  if (input.chairOfficialId) await assertOfficialExists(ctx, input.chairOfficialId, "body.chairOfficialId");
  const tenantId = ctx.tenant.id;
  const issuesOfSession = ctx.db
    .select({ id: dialogueIssues.id })
    .from(dialogueIssues)
    .where(inTenant(dialogueIssues, tenantId, eq(dialogueIssues.sessionId, id)));
  if (dateChanges && (await issuesOfSession.limit(1)).length > 0) throw dateLocked();
  const after = { ...before, ...input, updatedAt: ctx.now.toISOString() };
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: dialogueSessions,
        row: { tenantId, id },
        read: { updatedAt: before.updatedAt },
        set: { ...input, updatedAt: after.updatedAt },
        where: dateChanges ? notExists(issuesOfSession) : undefined,
      }),
      auditEntry(ctx, {
        tenantId,
        action: "dialogue.updated",
        entityType: "dialogue_session",
        entityId: id,
        before,
        after,
      }),
    ],
    dialogueChanged,
  );
  return getDialogue(ctx, id);
}

function dateLocked(): DomainError {
  return new DomainError(
    "dialogue_date_locked",
    "Không thể đổi ngày đối thoại khi đã có vấn đề được ghi nhận (hạn kết luận tính từ ngày này) · " +
      "The session date cannot change once issues are recorded (conclusion deadlines count from it)",
    [{ path: "body.heldOn", message: "Đã có vấn đề · The session has issues" }],
  );
}
