import { inTenant, taskReminders, tasks } from "@kycuong/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { taskNotFound } from "./task-errors";
import { tasksQuery } from "./task-query";
import { Reminder, Task, toReminder, toTask } from "./task-view";

export const TaskDetail = Task.extend({ reminders: z.array(Reminder) }).meta({ id: "TaskDetail" });
export type TaskDetail = z.infer<typeof TaskDetail>;

/**
 * A task with its written reminders (1st first), read in one batch: the
 * console's task page. The reminders are those of a task the actor may see
 * (the same unit scope in both statements); 404 like `getTask` otherwise.
 */
export async function getTaskDetail(ctx: TenantContext, id: string): Promise<TaskDetail> {
  assertCan(ctx, "discipline:read");
  const visible = await visibleUnitIds(ctx, "discipline:read");
  if (visible?.length === 0) throw taskNotFound();
  const [found, reminders] = await ctx.db.batch([
    tasksQuery(ctx, visible, [eq(tasks.id, id)], 1),
    ctx.db
      .select({ reminder: taskReminders })
      .from(taskReminders)
      .innerJoin(tasks, and(eq(tasks.id, taskReminders.taskId), eq(tasks.tenantId, taskReminders.tenantId)))
      .where(
        inTenant(
          taskReminders,
          ctx.tenant.id,
          eq(taskReminders.taskId, id),
          visible ? inArray(tasks.unitId, visible) : undefined,
        ),
      )
      .orderBy(asc(taskReminders.sequence)),
  ]);
  const [row] = found;
  if (!row) throw taskNotFound();
  return { ...toTask(row, ctx.now), reminders: reminders.map((r) => toReminder(r.reminder)) };
}
