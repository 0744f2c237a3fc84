import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { saveTaskChange } from "./save-task-change";
import { taskNotOpen } from "./task-errors";
import { findTask } from "./task-query";
import type { Task } from "./task-view";

/**
 * Withdraws an open task. Tasks are never deleted: its reminders and any
 * tracking-book entry keep pointing at it.
 */
export async function cancelTask(ctx: TenantContext, id: string): Promise<Task> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, id);
  if (task.status !== "open") throw taskNotOpen(task.status);
  return saveTaskChange(ctx, task, { status: "cancelled" }, "task.cancelled");
}
