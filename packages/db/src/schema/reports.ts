import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { officials } from "./officials";
import { tenants } from "./tenants";
import { units } from "./units";

export const reportStatuses = [
  "received",
  "accepted",
  "rejected",
  "duplicate",
  "assigned",
  "in_progress",
  "resolved",
  "closed",
  "reopened",
] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportChannels = ["web", "phone", "email", "in_person", "open311"] as const;
export type ReportChannel = (typeof reportChannels)[number];

export const reportFindings = ["substantiated", "partly_substantiated", "unsubstantiated"] as const;
export type ReportFinding = (typeof reportFindings)[number];

/**
 * A citizen's report about how officials treated them (R1). The receipt is
 * stored only as a SHA-256 hash (GlobaLeaks-style follow-up); the client IP
 * only as a keyed hash. Due and resolved instants are stored; "overdue" is
 * computed (past due and not resolved).
 */
export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    trackingCode: text("tracking_code").notNull(),
    receiptHash: text("receipt_hash").notNull(),
    channel: text("channel", { enum: reportChannels }).notNull(),
    categoryCode: text("category_code").notNull(),
    description: text("description").notNull(),
    unitId: text("unit_id").references(() => units.id),
    unitText: text("unit_text"),
    officialText: text("official_text"),
    occurredAt: text("occurred_at"),
    location: text("location"),
    reporterName: text("reporter_name"),
    reporterPhone: text("reporter_phone"),
    reporterEmail: text("reporter_email"),
    consentToContact: integer("consent_to_contact", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: reportStatuses }).notNull().default("received"),
    assignedUnitId: text("assigned_unit_id").references(() => units.id),
    duplicateOfId: text("duplicate_of_id"),
    rejectionReason: text("rejection_reason"),
    finding: text("finding", { enum: reportFindings }),
    answer: text("answer"),
    dueAt: text("due_at").notNull(),
    resolvedAt: text("resolved_at"),
    /** HMAC of the client IP: lets abuse be correlated without keeping the address. */
    clientHash: text("client_hash"),
    /**
     * When the reporter's contact fields and the free text were erased, the
     * tenant's retention period after the report was finished (see
     * packages/domain/src/reports/retention); null while they are kept.
     */
    personalDataErasedAt: text("personal_data_erased_at"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("reports_tracking_code_unique").on(t.trackingCode),
    index("reports_tenant_status_idx").on(t.tenantId, t.status, t.dueAt),
    index("reports_tenant_unit_idx").on(t.tenantId, t.assignedUnitId),
    index("reports_tenant_created_idx").on(t.tenantId, t.createdAt),
    check("reports_status_check", sql`${t.status} in (${sql.raw(reportStatuses.map((s) => `'${s}'`).join(", "))})`),
  ],
);

/** Officials a substantiated report concerns, resolved by id: evidence for their scorecard (R2). */
export const reportOfficials = sqliteTable(
  "report_officials",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    officialId: text("official_id")
      .notNull()
      .references(() => officials.id),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.reportId, t.officialId] })],
);

/**
 * The report's history: status changes, the reporter's messages and staff
 * notes. `public` entries form the reporter's timeline; internal notes never
 * leave the staff API.
 */
export const reportEvents = sqliteTable(
  "report_events",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    kind: text("kind", { enum: ["status_changed", "reporter_message", "staff_note", "answer"] }).notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    public: integer("public", { mode: "boolean" }).notNull(),
    body: text("body"),
    actorType: text("actor_type", { enum: ["user", "system", "public"] }).notNull(),
    actorId: text("actor_id"),
    at: text("at").notNull(),
  },
  (t) => [index("report_events_tenant_report_idx").on(t.tenantId, t.reportId, t.at)],
);

/** Photos and PDFs attached to a report, stored in R2 under `r2Key`; readable by staff only. */
export const reportAttachments = sqliteTable(
  "report_attachments",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    r2Key: text("r2_key").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("report_attachments_tenant_report_idx").on(t.tenantId, t.reportId)],
);

/**
 * Idempotency records for unauthenticated writes: the same key with the same
 * request replays the first answer for 24 h; the same key with another
 * request is a conflict. Written in the same batch as the write it guards.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    responseStatus: integer("response_status").notNull(),
    responseBody: text("response_body").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scope, t.key] })],
);
