import { inTenant, taskReminders } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { findTask } from "./task-query";
import { type Reminder, toReminder } from "./task-view";

/** A task's written reminders, 1st first. Loading the task applies a unit head's scope. */
export async function listReminders(ctx: TenantContext, taskId: string): Promise<{ items: Reminder[] }> {
  assertCan(ctx, "discipline:read");
  await findTask(ctx, taskId, "discipline:read");
  const rows = await ctx.db
    .select()
    .from(taskReminders)
    .where(inTenant(taskReminders, ctx.tenant.id, eq(taskReminders.taskId, taskId)))
    .orderBy(asc(taskReminders.sequence));
  return { items: rows.map(toReminder) };
}
