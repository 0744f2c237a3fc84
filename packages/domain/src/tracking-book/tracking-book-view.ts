import { taskIssuers, taskStatuses } from "@kycuong/db";
import { z } from "zod";
import { Id } from "../input/ids";
import { text } from "../input/text";

/** One line of the tracking book (sổ theo dõi), as the party office reads it. */
export const TrackingBookEntry = z
  .object({
    id: z.string(),
    /** The year of the reminder that reached the threshold: the book the entry belongs to. */
    year: z.int(),
    task: z.object({
      id: z.string(),
      title: z.string(),
      sourceDocNumber: z.string().nullable(),
      sourceDocDate: z.string().nullable(),
      issuedBy: z.enum(taskIssuers),
      status: z.enum(taskStatuses),
    }),
    unit: z.object({ id: z.string(), name: z.string() }),
    partyOrganisation: z.string().nullable(),
    official: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    /** Every written reminder about the task, 1st first; a voided one names the annulled entry that voided it. */
    reminders: z.array(
      z.object({
        id: z.string(),
        sequence: z.int(),
        docNumber: z.string(),
        docDate: z.string(),
        voidedByEntryId: z.string().nullable(),
      }),
    ),
    triggeredByReminderId: z.string(),
    createdAt: z.string(),
    annulled: z.boolean(),
    /** Who annulled the entry, when and why, and the reminders it voided; the entry itself stays in the book. */
    annulment: z
      .object({
        at: z.string(),
        by: z.object({ id: z.string(), name: z.string().nullable() }),
        reason: z.string(),
        /** The reminders this annulment voided: they no longer count towards the threshold. */
        voidedReminderIds: z.array(z.string()),
      })
      .nullable(),
  })
  .meta({ id: "TrackingBookEntry" });
export type TrackingBookEntry = z.infer<typeof TrackingBookEntry>;

export const TrackingBookQuery = z.object({
  /** The book's year; this year (in the tenant's time zone) when left out. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: Id.optional(),
  /** The party organisation, exactly as written on the task. */
  organisation: text({ min: 1, max: 200 }).optional(),
  officialId: Id.optional(),
  /** Annulled entries are left out unless this is `true`. */
  includeAnnulled: z.enum(["true", "false"]).optional(),
});
export type TrackingBookQuery = z.infer<typeof TrackingBookQuery>;

export const AnnulEntry = z.strictObject({
  /** Why the entry is annulled: it is shown beside the entry from now on. */
  reason: text({ min: 10, max: 2000 }),
  /**
   * The task's reminders the annulment voids (they stop counting towards the threshold, so reminders that reach
   * it again make a new entry); the one that made the entry when left out.
   */
  voidReminderIds: z.array(Id).min(1).max(50).optional(),
});
export type AnnulEntry = z.infer<typeof AnnulEntry>;
