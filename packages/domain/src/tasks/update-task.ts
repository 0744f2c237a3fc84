import { assertCan } from "../access/assert-can";
import { endOfLocalDay } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { assertOfficialExists } from "../units/references";
import { saveTaskChange } from "./save-task-change";
import { taskNotOpen } from "./task-errors";
import type { UpdateTask } from "./task-input";
import { findTask } from "./task-query";
import { assertActiveUnit } from "./task-references";
import type { Task } from "./task-view";

/** Corrects or reassigns an open task; a done or cancelled one is a closed record (409 `task_not_open`). */
export async function updateTask(ctx: TenantContext, id: string, input: UpdateTask): Promise<Task> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, id);
  if (task.status !== "open") throw taskNotOpen(task.status);
  if (input.unitId) await assertActiveUnit(ctx, input.unitId, "body.unitId");
  if (input.officialId) await assertOfficialExists(ctx, input.officialId, "body.officialId");
  const dueAt = input.dueOn ? { dueAt: endOfLocalDay(input.dueOn, ctx.tenant.timezone).toISOString() } : {};
  return saveTaskChange(ctx, task, { ...input, ...dueAt }, "task.updated");
}
