import { inTenant, staleUnlessWritten, taskReminders, tasks } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { writeGuarded } from "../guarded-write";
import { enterInTrackingBook } from "../tracking-book/enter-in-tracking-book";
import { assertOfficialExists, assertUnitExists } from "../units/references";
import {
  assertReminderDate,
  reminderAlreadyRecorded,
  reminderOutOfOrder,
  taskChanged,
  taskNotOpen,
} from "./task-errors";
import type { RecordReminder } from "./task-input";
import { findTask } from "./task-query";
import { type RecordedReminder, type Reminder, type ReminderRow, type TaskRow, toReminder } from "./task-view";

/**
 * Records a written reminder about an open task (party office only), in
 * document order: not before the task's source document, not after today,
 * not before the task's latest reminder that counts. When it is the task's
 * Nth that counts (tenant setting, default 2), the same batch puts the task
 * in the tracking book; the answer says whether this one did.
 */
export async function recordReminder(
  ctx: TenantContext,
  taskId: string,
  input: RecordReminder,
): Promise<RecordedReminder> {
  assertCan(ctx, "discipline:manage");
  const { task } = await findTask(ctx, taskId, "discipline:manage");
  if (task.status !== "open") throw taskNotOpen(task.status);
  assertReminderDate(input.docDate, task.sourceDocDate, localDate(ctx.now, ctx.tenant.timezone));
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
 * audit. The reminder is inserted only while the task is open, has no
 * reminder with the same document number (a double-submitted first
 * reminder must not become the second and put the task in the book) and
 * none that counts dated after it (document order, also between reminders
 * recorded at the same moment): all checked by the INSERT itself. Its sequence is assigned by the INSERT itself (the
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
    voidedByEntryId: null,
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
        and not exists (select 1 from ${taskReminders} where ${ofThisTask}
                        and ${taskReminders.voidedByEntryId} is null and ${taskReminders.docDate} > ${row.docDate})
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
    () => whyNotAppended(ctx, task.id, input),
  );
  const sequence = Number(inserted.rows[0]?.sequence);
  return {
    reminder: toReminder({ ...row, sequence }),
    trackingBookEntryId: entryInsert.rowsAffected > 0 ? entry.entryId : null,
  };
}

/**
 * Nothing was inserted: the task was closed meanwhile, this document is
 * already recorded, or a reminder dated after it was recorded first.
 */
async function whyNotAppended(ctx: TenantContext, taskId: string, input: RecordReminder) {
  const ofThisTask = sql`${taskReminders.tenantId} = ${tasks.tenantId} and ${taskReminders.taskId} = ${tasks.id}`;
  const [row] = await ctx.db
    .select({
      status: tasks.status,
      repeated: sql<number>`exists (select 1 from ${taskReminders} where ${ofThisTask}
                                    and ${taskReminders.docNumber} = ${input.docNumber})`.mapWith(Boolean),
      latest: sql<string | null>`(select max(${taskReminders.docDate}) from ${taskReminders} where ${ofThisTask}
                                  and ${taskReminders.voidedByEntryId} is null)`,
    })
    .from(tasks)
    .where(inTenant(tasks, ctx.tenant.id, eq(tasks.id, taskId)));
  if (row?.status !== "open") return taskNotOpen(row?.status ?? "cancelled");
  if (row.repeated) return reminderAlreadyRecorded(input.docNumber);
  if (row.latest !== null && row.latest > input.docDate) return reminderOutOfOrder(input.docDate, row.latest);
  // The reminder that stood in the way was voided meanwhile: the caller may simply retry.
  return taskChanged();
}
