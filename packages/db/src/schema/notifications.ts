import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenants";

/**
 * Digests (planned by the daily alert run) and single emails written when
 * something happens: a password link, the answer to a citizen's report.
 */
export const notificationKinds = ["unit_digest", "leadership_digest", "password_link", "report_answer"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * pending: waiting to go out (or to be retried at `nextAttemptAt`);
 * sent: the transport accepted it; dead: gave up after the tenant's maximum
 * attempts (shown to admins, who may resend it); superseded: a newer digest
 * for the same recipient and kind replaced it before it could be sent.
 */
export const notificationStatuses = ["pending", "sent", "dead", "superseded"] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];

/**
 * The outbox: one email per tenant, recipient, kind, local date and
 * reference. The unique key is what makes a second cron run or a
 * redelivered queue message write nothing new (digests have no reference),
 * and a report's answer go out once (its reference is the answering event);
 * the row keeps the rendered message, so a retry sends exactly what was
 * planned.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    /** Lower-cased email address. */
    recipient: text("recipient").notNull(),
    /** The tenant's local date the digest is for (YYYY-MM-DD). */
    localDate: text("local_date").notNull(),
    /** The units a unit digest covers (one head may lead several); empty for leadership digests. */
    unitIds: text("unit_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    subject: text("subject").notNull(),
    bodyHtml: text("body_html").notNull(),
    bodyText: text("body_text").notNull(),
    itemCount: integer("item_count").notNull(),
    overdueCount: integer("overdue_count").notNull(),
    status: text("status", { enum: notificationStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** When a sender may next take it; a sender pushes it forward while it sends (a lease), so two never send at once. */
    nextAttemptAt: text("next_attempt_at").notNull(),
    lastAttemptAt: text("last_attempt_at"),
    lastError: text("last_error"),
    sentAt: text("sent_at"),
    providerMessageId: text("provider_message_id"),
    /**
     * The provider idempotency key of the current send when it is not the
     * row's id: an admin's resend of a sent email needs a fresh one, and its
     * retries must keep it.
     */
    sendKey: text("send_key"),
    /** What a single email is about (a password link's id, a report event's id); empty for digests. */
    ref: text("ref").notNull().default(""),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("notifications_tenant_recipient_kind_date_ref_unique").on(
      t.tenantId,
      t.recipient,
      t.kind,
      t.localDate,
      t.ref,
    ),
    // The sender's "what is due" and the cron's "has this tenant mail waiting".
    index("notifications_tenant_status_next_idx").on(t.tenantId, t.status, t.nextAttemptAt),
    // Superseding a tenant's earlier pending digests reads only those, not its whole outbox history.
    index("notifications_tenant_status_date_idx").on(t.tenantId, t.status, t.localDate),
    index("notifications_tenant_date_idx").on(t.tenantId, t.localDate),
    check(
      "notifications_kind_check",
      sql`${t.kind} in ('unit_digest', 'leadership_digest', 'password_link', 'report_answer')`,
    ),
    check("notifications_status_check", sql`${t.status} in ('pending', 'sent', 'dead', 'superseded')`),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * One row per tenant and local date whose digests have been planned. The
 * cron skips tenants that have one for today; the planner writes it in the
 * same batch as the digests, so a crash in between plans again.
 */
export const alertRuns = sqliteTable(
  "alert_runs",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    localDate: text("local_date").notNull(),
    /** The cron event's time the run took as "now". */
    scheduledAt: text("scheduled_at").notNull(),
    itemCount: integer("item_count").notNull(),
    notificationCount: integer("notification_count").notNull(),
    /** Units with items but no head email: reported in the leadership digest. */
    unitsWithoutHead: integer("units_without_head").notNull(),
    plannedAt: text("planned_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.localDate] })],
);

/**
 * The dev email transport's mailbox (ENVIRONMENT=dev only): what would have
 * been sent, readable at /dev/outbox. `idempotencyKey` is unique, as a real
 * provider's idempotency key is, so a retried send stores one message.
 */
export const devMailbox = sqliteTable("dev_mailbox", {
  id: text("id").primaryKey(),
  idempotencyKey: text("idempotency_key").notNull().unique(),
  sender: text("sender").notNull(),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  bodyHtml: text("body_html").notNull(),
  bodyText: text("body_text").notNull(),
  createdAt: text("created_at").notNull(),
});
