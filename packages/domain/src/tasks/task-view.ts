import { taskIssuers, type taskReminders, taskStatuses, type tasks } from "@kycuong/db";
import { z } from "zod";

export type TaskRow = typeof tasks.$inferSelect;
export type ReminderRow = typeof taskReminders.$inferSelect;

export const Task = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    sourceDocNumber: z.string().nullable(),
    sourceDocDate: z.string().nullable(),
    issuedBy: z.enum(taskIssuers),
    unit: z.object({ id: z.string(), name: z.string() }),
    partyOrganisation: z.string().nullable(),
    official: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    dueOn: z.string(),
    /** The end of `dueOn` in the tenant's time zone, as a UTC instant. */
    dueAt: z.string(),
    status: z.enum(taskStatuses),
    /** Open and past `dueAt`. */
    overdue: z.boolean(),
    completedOn: z.string().nullable(),
    completedAt: z.string().nullable(),
    completionNote: z.string().nullable(),
    /** Every written reminder, voided ones included. */
    remindersCount: z.int(),
    /** Whether the task has a tracking-book entry in force (not annulled). */
    hasTrackingBookEntry: z.boolean(),
    /** That entry; an annulled one is not named here (the book lists it with `includeAnnulled=true`). */
    trackingBookEntryId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Task" });
export type Task = z.infer<typeof Task>;

export interface TaskSelection {
  task: TaskRow;
  unit: { id: string; name: string } | null;
  official: { id: string; fullName: string } | null;
  remindersCount: number;
  trackingBookEntryId: string | null;
}

export function toTask(row: TaskSelection, now: Date): Task {
  const t = row.task;
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    sourceDocNumber: t.sourceDocNumber,
    sourceDocDate: t.sourceDocDate,
    issuedBy: t.issuedBy,
    unit: row.unit ?? { id: t.unitId, name: "" },
    partyOrganisation: t.partyOrganisation,
    official: row.official,
    dueOn: t.dueOn,
    dueAt: t.dueAt,
    status: t.status,
    overdue: t.status === "open" && t.dueAt < now.toISOString(),
    completedOn: t.completedOn,
    completedAt: t.completedAt,
    completionNote: t.completionNote,
    remindersCount: row.remindersCount,
    hasTrackingBookEntry: row.trackingBookEntryId !== null,
    trackingBookEntryId: row.trackingBookEntryId,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export const Reminder = z
  .object({
    id: z.string(),
    taskId: z.string(),
    /** 1st, 2nd, … reminder about this task. */
    sequence: z.int(),
    docNumber: z.string(),
    docDate: z.string(),
    issuer: z.string(),
    content: z.string(),
    recipientUnitId: z.string().nullable(),
    recipientOrganisation: z.string().nullable(),
    recipientOfficialId: z.string().nullable(),
    createdAt: z.string(),
    /**
     * The annulled tracking-book entry whose annulment voided this reminder (its reason says why), or null:
     * a voided reminder stays on the task but no longer counts towards the threshold nor sets the order.
     */
    voidedByEntryId: z.string().nullable(),
  })
  .meta({ id: "Reminder" });
export type Reminder = z.infer<typeof Reminder>;

export function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    taskId: row.taskId,
    sequence: row.sequence,
    docNumber: row.docNumber,
    docDate: row.docDate,
    issuer: row.issuer,
    content: row.content,
    recipientUnitId: row.recipientUnitId,
    recipientOrganisation: row.recipientOrganisation,
    recipientOfficialId: row.recipientOfficialId,
    createdAt: row.createdAt,
    voidedByEntryId: row.voidedByEntryId,
  };
}

/** A recorded reminder, and whether recording it put the task in the tracking book. */
export const RecordedReminder = Reminder.extend({
  trackingBookEntryCreated: z.boolean(),
  /** The entry this reminder created; null when it created none (below the threshold, or already entered). */
  trackingBookEntryId: z.string().nullable(),
});
export type RecordedReminder = z.infer<typeof RecordedReminder>;
