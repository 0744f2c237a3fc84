import { inTenant, staleUnlessWritten, type TaskStatus, taskReminders, tasks } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { writeGuarded } from "../guarded-write";
import { enterInTrackingBook } from "../tracking-book/enter-in-tracking-book";
import { assertOfficialExists, assertUnitExists } from "../units/references";
import { assertNotAfterToday, reminderAlreadyRecorded, taskNotOpen } from "./task-errors";
import type { RecordReminder } from "./task-input";
import { findTask } from "./task-query";
import { type RecordedReminder, type Reminder, type ReminderRow, type TaskRow, toReminder } from "./task-view";

/**
 * Records a written reminder about an open task (party office only). When it
 * is the task's Nth (tenant setting, default 2), the same batch puts the
 * task in the tracking book; the answer says whether this one did.
 */
export async function recordReminder(
  ctx: TenantContext,
  taskId: string,
  input: RecordReminder,
): Promise<RecordedReminder> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, taskId, "discipline:manage");
  if (task.status !== "open") throw taskNotOpen(task.status);
  assertNotAfterToday(input.docDate, localDate(ctx.now, ctx.tenant.timezone), "body.docDate");
  if (input.recipientUnitId) await assertUnitExists(ctx, input.recipientUnitId, "body.recipientUnitId");
  if (input.recipientOfficialId) {
    await assertOfficialExists(ctx, input.recipientOfficialId, "body.recipientOfficialId");
  }
  const { reminder, trackingBookEntryId } = await appendReminder(ctx, task, input);
  return { ...reminder, trackingBookEntryCreated: trackingBookEntryId !== null, trackingBookEntryId };
}

export interface AppendedReminder {
  reminder: Reminder;
  /** The tracking-book entry this reminder created, or null. */
  trackingBookEntryId: string | null;
}

/**
 * Writes a reminder as the task's next one, in one batch with its audit
 * entry and, when it is the Nth, the tracking-book entry and that entry's
 * audit. The reminder is inserted only while the task is open and has no
 * reminder with the same document number (checked in the same batch: a
 * double-submitted first reminder must not become the second and put the
 * task in the book). Its sequence is assigned by the INSERT itself (the
 * task's highest plus one, read under the write lock that statement holds),
 * so reminders recorded at the same moment get consecutive numbers without
 * colliding or retrying; a write the database refused as busy is retried
 * by the client (busy-retry.ts), and nothing of it was kept.
 * No permission check: callers (recordReminder, the demo seed) decide who may.
 */
export async function appendReminder(
  ctx: TenantContext,
  task: TaskRow,
  input: RecordReminder,
): Promise<AppendedReminder> {
  const tenantId = ctx.tenant.id;
  const row: Omit<ReminderRow, "sequence"> = {
    id: newId(ctx.now),
    tenantId,
    taskId: task.id,
    ...input,
    createdAt: ctx.now.toISOString(),
  };
  const ofThisTask = sql`${taskReminders.tenantId} = ${tenantId} and ${taskReminders.taskId} = ${task.id}`;
  const entry = enterInTrackingBook(ctx, task, { reminderId: row.id, docDate: row.docDate });
  const [inserted, , entryInsert] = await writeGuarded(
    ctx,
    [
      ctx.db.run(sql`
      insert into ${taskReminders} (id, tenant_id, task_id, sequence, doc_number, doc_date, issuer, content,
        recipient_unit_id, recipient_organisation, recipient_official_id, created_at)
      select ${row.id}, ${tenantId}, ${row.taskId},
        (select coalesce(max(${taskReminders.sequence}), 0) + 1 from ${taskReminders} where ${ofThisTask}),
        ${row.docNumber}, ${row.docDate}, ${row.issuer}, ${row.content}, ${row.recipientUnitId},
        ${row.recipientOrganisation}, ${row.recipientOfficialId}, ${row.createdAt}
      where exists (select 1 from ${tasks} where ${tasks.tenantId} = ${tenantId} and ${tasks.id} = ${task.id}
                    and ${tasks.status} = 'open')
        and not exists (select 1 from ${taskReminders} where ${ofThisTask}
                        and ${taskReminders.docNumber} = ${row.docNumber})
      returning sequence`),
      staleUnlessWritten(ctx.db),
      entry.insert,
      auditEntry(ctx, {
        tenantId,
        action: "task.reminder_recorded",
        entityType: "task_reminder",
        entityId: row.id,
        after: row,
        assignedByDatabase: {
          sequence: sql`(select ${taskReminders.sequence} from ${taskReminders}
                         where ${taskReminders.tenantId} = ${tenantId} and ${taskReminders.id} = ${row.id})`,
        },
      }),
      entry.audit,
    ],
    // Nothing was inserted: the task was closed meanwhile, or this document is already recorded.
    async () => {
      const status = await statusOf(ctx, task.id);
      return status === "open" ? reminderAlreadyRecorded(input.docNumber) : taskNotOpen(status);
    },
  );
  const sequence = Number(inserted.rows[0]?.sequence);
  return {
    reminder: toReminder({ ...row, sequence }),
    trackingBookEntryId: entryInsert.rowsAffected > 0 ? entry.entryId : null,
  };
}

async function statusOf(ctx: TenantContext, taskId: string): Promise<TaskStatus> {
  const [row] = await ctx.db
    .select({ status: tasks.status })
    .from(tasks)
    .where(inTenant(tasks, ctx.tenant.id, eq(tasks.id, taskId)));
  return row?.status ?? "cancelled";
}
