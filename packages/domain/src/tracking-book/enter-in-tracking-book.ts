import { taskReminders, trackingBookEntries } from "@kycuong/db";
import { sql } from "drizzle-orm";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import type { TaskRow } from "../tasks/task-view";
import { auditEntryWhen } from "./audit-when";

/**
 * R3 as SQL, for the batch that records a reminder, right after its insert:
 * the entry is inserted only if the task now has at least N reminders that
 * count (not voided by an annulment), and the unique index on the task's
 * entry in force (not annulled) with ON CONFLICT DO NOTHING makes every
 * later reminder a no-op until that entry is annulled. Whichever reminder
 * brings the count to N creates it, exactly once, however many are recorded
 * at the same moment: the count is read inside the writing transaction,
 * never in JS beforehand. The entry names the task's unit, party
 * organisation and official as they stand when the threshold is reached.
 */
export function enterInTrackingBook(
  ctx: TenantContext,
  task: TaskRow,
  trigger: { reminderId: string; docDate: string },
) {
  const tenantId = ctx.tenant.id;
  const threshold = ctx.tenant.settings.trackingBookReminderThreshold;
  const entry = {
    id: newId(ctx.now),
    taskId: task.id,
    year: Number(trigger.docDate.slice(0, 4)),
    unitId: task.unitId,
    partyOrganisation: task.partyOrganisation,
    officialId: task.officialId,
    triggeredByReminderId: trigger.reminderId,
    createdAt: ctx.now.toISOString(),
  };
  const insert = ctx.db.run(sql`
    insert into ${trackingBookEntries}
      (id, tenant_id, task_id, year, unit_id, party_organisation, official_id, triggered_by_reminder_id, created_at)
    select ${entry.id}, ${tenantId}, ${entry.taskId}, ${entry.year}, ${entry.unitId}, ${entry.partyOrganisation},
      ${entry.officialId}, ${entry.triggeredByReminderId}, ${entry.createdAt}
    where (select count(*) from ${taskReminders}
           where ${taskReminders.tenantId} = ${tenantId} and ${taskReminders.taskId} = ${task.id}
             and ${taskReminders.voidedByEntryId} is null) >= ${threshold}
    on conflict do nothing`);
  // Audited only if the row above exists under the id chosen here, i.e. this batch created it.
  const audit = auditEntryWhen(
    ctx,
    {
      tenantId,
      action: "tracking_book.entry_created",
      entityType: "tracking_book_entry",
      entityId: entry.id,
      after: entry,
    },
    sql`exists (select 1 from ${trackingBookEntries} where ${trackingBookEntries.tenantId} = ${tenantId} and ${trackingBookEntries.id} = ${entry.id})`,
  );
  return { entryId: entry.id, insert, audit };
}
