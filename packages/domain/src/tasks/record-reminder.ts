import { assertCan } from "../access/assert-can";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { assertOfficialExists, assertUnitExists } from "../units/references";
import { appendReminder } from "./append-reminder";
import { assertNotAfterToday, taskNotOpen } from "./task-errors";
import type { RecordReminder } from "./task-input";
import { findTask } from "./task-query";
import type { RecordedReminder } from "./task-view";

/**
 * Records a written reminder about an open task (party office only). When it
 * is the task's Nth (tenant setting, default 2), the same batch puts the
 * task in the tracking book; the answer says whether this one did.
 */
export async function recordReminder(
  ctx: TenantContext,
  taskId: string,
  input: RecordReminder,
): Promise<RecordedReminder> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, taskId);
  if (task.status !== "open") throw taskNotOpen(task.status);
  assertNotAfterToday(input.docDate, localDate(ctx.now, ctx.tenant.timezone), "body.docDate");
  if (input.recipientUnitId) await assertUnitExists(ctx, input.recipientUnitId, "body.recipientUnitId");
  if (input.recipientOfficialId) {
    await assertOfficialExists(ctx, input.recipientOfficialId, "body.recipientOfficialId");
  }
  const { reminder, trackingBookEntryId } = await appendReminder(ctx, task, input);
  return { ...reminder, trackingBookEntryCreated: trackingBookEntryId !== null, trackingBookEntryId };
}
