import { inTenant, officials, taskReminders, tasks, trackingBookEntries, units } from "@kycuong/db";
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Permission } from "../access/permissions";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { taskNotFound } from "./task-errors";
import type { TaskSelection } from "./task-view";

/**
 * Tasks newest first (ids are UUIDv7) with what a list shows beside them
 * (unit and official names, the reminders count, the tracking-book entry),
 * limited in the query itself to the units `permission` reaches for the actor.
 */
export async function selectTasks(
  ctx: TenantContext,
  permission: Permission,
  conditions: (SQL | undefined)[],
  limit: number,
): Promise<TaskSelection[]> {
  const visible = await visibleUnitIds(ctx, permission);
  if (visible?.length === 0) return [];
  return tasksQuery(ctx, visible, conditions, limit);
}

/** The statement behind `selectTasks`, for a batch; `visible` is the actor's units (null: all, never empty). */
export function tasksQuery(
  ctx: TenantContext,
  visible: string[] | null,
  conditions: (SQL | undefined)[],
  limit: number,
) {
  return ctx.db
    .select({
      task: tasks,
      unit: { id: units.id, name: units.name },
      official: { id: officials.id, fullName: officials.fullName },
      remindersCount:
        sql<number>`(select count(*) from ${taskReminders} where ${taskReminders.tenantId} = ${tasks.tenantId} and ${taskReminders.taskId} = ${tasks.id})`.mapWith(
          Number,
        ),
      trackingBookEntryId: sql<
        string | null
      >`(select ${trackingBookEntries.id} from ${trackingBookEntries} where ${trackingBookEntries.tenantId} = ${tasks.tenantId} and ${trackingBookEntries.taskId} = ${tasks.id} and ${trackingBookEntries.annulledAt} is null)`,
    })
    .from(tasks)
    .leftJoin(units, and(eq(units.id, tasks.unitId), eq(units.tenantId, tasks.tenantId)))
    .leftJoin(officials, and(eq(officials.id, tasks.officialId), eq(officials.tenantId, tasks.tenantId)))
    .where(inTenant(tasks, ctx.tenant.id, visible ? inArray(tasks.unitId, visible) : undefined, ...conditions))
    .orderBy(desc(tasks.id))
    .limit(limit);
}

/** One task, or 404 when it is missing, another tenant's, or outside the units `permission` reaches. */
export async function findTask(ctx: TenantContext, id: string, permission: Permission): Promise<TaskSelection> {
  const [row] = await selectTasks(ctx, permission, [eq(tasks.id, id)], 1);
  if (!row) throw taskNotFound();
  return row;
}

/** The date of the task's earliest reminder that counts (not voided by an annulment), or null. */
export async function earliestCountedReminderDate(ctx: TenantContext, taskId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ docDate: sql<string | null>`min(${taskReminders.docDate})` })
    .from(taskReminders)
    .where(
      inTenant(taskReminders, ctx.tenant.id, eq(taskReminders.taskId, taskId), isNull(taskReminders.voidedByEntryId)),
    );
  return row?.docDate ?? null;
}
