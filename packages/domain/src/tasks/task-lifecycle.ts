import { assertCan } from "../access/assert-can";
import { endOfLocalDay, localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { assertOfficialExists } from "../units/references";
import { saveTaskChange } from "./save-task-change";
import { assertNotAfterToday, sourceDocumentAfterReminder, taskNotOpen } from "./task-errors";
import type { CompleteTask, UpdateTask } from "./task-input";
import { earliestCountedReminderDate, findTask } from "./task-query";
import { assertActiveUnit } from "./task-references";
import { type Task, toTask } from "./task-view";

export async function getTask(ctx: TenantContext, id: string): Promise<Task> {
  assertCan(ctx, "discipline:read");
  return toTask(await findTask(ctx, id, "discipline:read"), ctx.now);
}

/**
 * Withdraws an open task. Tasks are never deleted: its reminders and any
 * tracking-book entry keep pointing at it.
 */
export async function cancelTask(ctx: TenantContext, id: string): Promise<Task> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, id, "discipline:manage");
  if (task.status !== "open") throw taskNotOpen(task.status);
  return saveTaskChange(ctx, task, { status: "cancelled" }, "task.cancelled");
}

/**
 * Corrects or reassigns an open task; a done or cancelled one is a closed
 * record (409 `task_not_open`). Its source document may be re-dated, but not
 * into the future nor after a reminder that answers it (the reminders that
 * count; a voided one answers nothing).
 */
export async function updateTask(ctx: TenantContext, id: string, input: UpdateTask): Promise<Task> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, id, "discipline:manage");
  if (task.status !== "open") throw taskNotOpen(task.status);
  if (input.sourceDocDate) {
    assertNotAfterToday(input.sourceDocDate, localDate(ctx.now, ctx.tenant.timezone), "body.sourceDocDate");
    const earliest = await earliestCountedReminderDate(ctx, task.id);
    if (earliest !== null && input.sourceDocDate > earliest) throw sourceDocumentAfterReminder(earliest);
  }
  if (input.unitId) await assertActiveUnit(ctx, input.unitId, "body.unitId");
  if (input.officialId) await assertOfficialExists(ctx, input.officialId, "body.officialId");
  const dueAt = input.dueOn ? { dueAt: endOfLocalDay(input.dueOn, ctx.tenant.timezone).toISOString() } : {};
  return saveTaskChange(ctx, task, { ...input, ...dueAt }, "task.updated");
}

/**
 * Marks an open task done with the date it was finished and a note. A unit
 * head may do so only for tasks of their own unit subtree; others are 404.
 */
export async function completeTask(ctx: TenantContext, id: string, input: CompleteTask): Promise<Task> {
  assertCan(ctx, "discipline:progress");
  assertNotAfterToday(input.completedOn, localDate(ctx.now, ctx.tenant.timezone), "body.completedOn");
  const { task } = await findTask(ctx, id, "discipline:progress");
  if (task.status !== "open") throw taskNotOpen(task.status);
  return saveTaskChange(
    ctx,
    task,
    {
      status: "done",
      completedOn: input.completedOn,
      completedAt: ctx.now.toISOString(),
      completionNote: input.note,
    },
    "task.completed",
  );
}
