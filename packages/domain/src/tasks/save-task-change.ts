import { inTenant, isConstraintFailure, tasks } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { taskChanged, taskNotOpen } from "./task-errors";
import { findTask } from "./task-query";
import { type Task, type TaskRow, toTask } from "./task-view";

export type TaskChange = Partial<
  Pick<
    TaskRow,
    | "title"
    | "description"
    | "sourceDocNumber"
    | "sourceDocDate"
    | "issuedBy"
    | "unitId"
    | "partyOrganisation"
    | "officialId"
    | "dueOn"
    | "dueAt"
    | "status"
    | "completedOn"
    | "completedAt"
    | "completionNote"
  >
>;

/**
 * Writes a change to an open task with its audit entry in one batch. The
 * update matches only the open version that was read, so of two people
 * acting on one task at once exactly one wins; the other gets 409
 * (`task_not_open` when the task was closed meanwhile, else `task_changed`)
 * and nothing of theirs is written.
 */
export async function saveTaskChange(
  ctx: TenantContext,
  before: TaskRow,
  change: TaskChange,
  action: string,
): Promise<Task> {
  const tenantId = ctx.tenant.id;
  const after = { ...before, ...change, updatedAt: ctx.now.toISOString() };
  try {
    await ctx.db.batch([
      ctx.db
        .update(tasks)
        .set({ ...change, updatedAt: after.updatedAt })
        .where(
          inTenant(
            tasks,
            tenantId,
            eq(tasks.id, before.id),
            eq(tasks.status, "open"),
            eq(tasks.updatedAt, before.updatedAt),
          ),
        ),
      staleGuard(ctx, before.id),
      auditEntry(ctx, { tenantId, action, entityType: "task", entityId: before.id, before, after }),
    ]);
  } catch (error) {
    if (!isTaskStatusCheck(error)) throw error;
    const { task: current } = await findTask(ctx, before.id);
    throw current.status === "open" ? taskChanged() : taskNotOpen(current.status);
  }
  return toTask(await findTask(ctx, before.id), ctx.now);
}

/**
 * Runs right after a guarded write. When that write matched nothing, this
 * sets a status no task may hold, the status CHECK fails and the whole
 * batch rolls back: a batch has no IF, but a failing statement aborts it.
 */
export function staleGuard(ctx: TenantContext, id: string) {
  return ctx.db
    .update(tasks)
    .set({ status: sql`'task_changed'` })
    .where(inTenant(tasks, ctx.tenant.id, eq(tasks.id, id), sql`changes() = 0`));
}

export function isTaskStatusCheck(error: unknown): boolean {
  return isConstraintFailure(error, "CHECK", "tasks_status_check");
}
