import { tasks } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { endOfLocalDay, localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { assertOfficialExists } from "../units/references";
import { assertNotAfterToday } from "./task-errors";
import type { CreateTask } from "./task-input";
import { findTask } from "./task-query";
import { assertActiveUnit } from "./task-references";
import { type Task, toTask } from "./task-view";

export async function createTask(ctx: TenantContext, input: CreateTask): Promise<Task> {
  assertCan(ctx, "discipline:manage");
  await assertActiveUnit(ctx, input.unitId, "body.unitId");
  if (input.officialId) await assertOfficialExists(ctx, input.officialId, "body.officialId");
  if (input.sourceDocDate) {
    assertNotAfterToday(input.sourceDocDate, localDate(ctx.now, ctx.tenant.timezone), "body.sourceDocDate");
  }
  const at = ctx.now.toISOString();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    ...input,
    dueAt: endOfLocalDay(input.dueOn, ctx.tenant.timezone).toISOString(),
    status: "open" as const,
    completedOn: null,
    completedAt: null,
    completionNote: null,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.batch([
    ctx.db.insert(tasks).values(row),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "task.created",
      entityType: "task",
      entityId: row.id,
      after: row,
    }),
  ]);
  return toTask(await findTask(ctx, row.id, "discipline:read"), ctx.now);
}
