import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { officials } from "./officials";
import { tenants } from "./tenants";
import { units } from "./units";

export const taskIssuers = ["party_committee", "peoples_committee"] as const;
export const taskStatuses = ["open", "done", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/**
 * A task assigned by the party committee or the people's committee (nhiệm vụ
 * được giao) to a unit, optionally to a grassroots party organisation and a
 * named official. `dueOn` is the local date; `dueAt` the instant it runs out
 * (end of that day in the tenant's zone), as alerts and scorecards read it.
 */
export const tasks = sqliteTable(
  "tasks",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    title: text("title").notNull(),
    description: text("description"),
    sourceDocNumber: text("source_doc_number"),
    sourceDocDate: text("source_doc_date"),
    issuedBy: text("issued_by", { enum: taskIssuers }).notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    partyOrganisation: text("party_organisation"),
    officialId: text("official_id").references(() => officials.id),
    dueOn: text("due_on").notNull(),
    dueAt: text("due_at").notNull(),
    status: text("status", { enum: taskStatuses }).notNull().default("open"),
    completedOn: text("completed_on"),
    completedAt: text("completed_at"),
    completionNote: text("completion_note"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("tasks_tenant_status_idx").on(t.tenantId, t.status, t.dueAt),
    index("tasks_tenant_unit_idx").on(t.tenantId, t.unitId),
    check("tasks_status_check", sql`${t.status} in ('open', 'done', 'cancelled')`),
  ],
);

/**
 * A written reminder (văn bản nhắc nhở) about a task. `sequence` is 1st,
 * 2nd, … per task, unique, so two reminders recorded at once cannot both be
 * "the second". A reminder voided by the annulment of a tracking-book entry
 * names that entry (whose reason and time say why and when); it stays on
 * the task but no longer counts towards the threshold nor sets the order.
 */
export const taskReminders = sqliteTable(
  "task_reminders",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    taskId: text("task_id")
      .notNull()
      .references(() => tasks.id),
    sequence: integer("sequence").notNull(),
    docNumber: text("doc_number").notNull(),
    docDate: text("doc_date").notNull(),
    issuer: text("issuer").notNull(),
    content: text("content").notNull(),
    recipientUnitId: text("recipient_unit_id").references(() => units.id),
    recipientOrganisation: text("recipient_organisation"),
    recipientOfficialId: text("recipient_official_id").references(() => officials.id),
    createdAt: text("created_at").notNull(),
    voidedByEntryId: text("voided_by_entry_id").references((): AnySQLiteColumn => trackingBookEntries.id),
  },
  (t) => [uniqueIndex("task_reminders_tenant_task_sequence_unique").on(t.tenantId, t.taskId, t.sequence)],
);

/**
 * The tracking book (sổ theo dõi, R3): an entry per task whose reminders
 * reached the tenant's threshold, created in the same batch as that
 * reminder. At most one entry in force (not annulled) per task, held by a
 * partial unique index; never edited or deleted, only annulled with a
 * reason (voiding reminders), and still shown as annulled. After an
 * annulment, reminders that reach the threshold again make a new entry.
 */
export const trackingBookEntries = sqliteTable(
  "tracking_book_entries",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    taskId: text("task_id")
      .notNull()
      .references(() => tasks.id),
    year: integer("year").notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    partyOrganisation: text("party_organisation"),
    officialId: text("official_id").references(() => officials.id),
    /** The reminder whose recording reached the threshold. */
    triggeredByReminderId: text("triggered_by_reminder_id").notNull(),
    createdAt: text("created_at").notNull(),
    annulledAt: text("annulled_at"),
    annulledBy: text("annulled_by"),
    annulReason: text("annul_reason"),
  },
  (t) => [
    uniqueIndex("tracking_book_tenant_task_in_force_unique")
      .on(t.tenantId, t.taskId)
      .where(sql`${t.annulledAt} is null`),
    index("tracking_book_tenant_year_idx").on(t.tenantId, t.year),
  ],
);
