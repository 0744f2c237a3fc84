import { assertCan } from "../access/assert-can";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { saveTaskChange } from "./save-task-change";
import { assertNotAfterToday, taskNotOpen } from "./task-errors";
import type { CompleteTask } from "./task-input";
import { findTask } from "./task-query";
import type { Task } from "./task-view";

/**
 * Marks an open task done with the date it was finished and a note. A unit
 * head may do so only for tasks of their own unit subtree; others are 404.
 */
export async function completeTask(ctx: TenantContext, id: string, input: CompleteTask): Promise<Task> {
  assertCan(ctx, "discipline:progress");
  assertNotAfterToday(input.completedOn, localDate(ctx.now, ctx.tenant.timezone), "body.completedOn");
  const { task } = await findTask(ctx, id);
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
