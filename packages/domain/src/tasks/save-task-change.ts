import { guardedUpdate, tasks } from "@kycuong/db";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { writeGuarded } from "../guarded-write";
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
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: tasks,
        row: { tenantId, id: before.id },
        read: { status: "open", updatedAt: before.updatedAt },
        set: { ...change, updatedAt: after.updatedAt },
      }),
      auditEntry(ctx, { tenantId, action, entityType: "task", entityId: before.id, before, after }),
    ],
    async () => {
      const { task: current } = await findTask(ctx, before.id, "discipline:read");
      return current.status === "open" ? taskChanged() : taskNotOpen(current.status);
    },
  );
  return toTask(await findTask(ctx, before.id, "discipline:read"), ctx.now);
}
