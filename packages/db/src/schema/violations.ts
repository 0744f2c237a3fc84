import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { inspections, inspectionTeams } from "./inspections";
import { officials } from "./officials";
import { reports } from "./reports";
import { tenants } from "./tenants";
import { units } from "./units";

export const violationRecordStatuses = ["draft", "issued", "closed"] as const;

/**
 * A violation record (biên bản vi phạm) from an inspection or a
 * substantiated hotline report. Once issued its content is immutable:
 * `contentHash` is SHA-256 over the canonical content and the evidence
 * hashes (see violation_record_versions), and a correction is a new version.
 */
export const violationRecords = sqliteTable(
  "violation_records",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    inspectionId: text("inspection_id").references(() => inspections.id),
    reportId: text("report_id").references(() => reports.id),
    typeCode: text("type_code").notNull(),
    occurredAt: text("occurred_at").notNull(),
    place: text("place").notNull(),
    description: text("description").notNull(),
    witnesses: text("witnesses", { mode: "json" }).$type<string[]>().notNull().default([]),
    status: text("status", { enum: violationRecordStatuses }).notNull().default("draft"),
    version: integer("version").notNull().default(1),
    contentHash: text("content_hash"),
    issuedAt: text("issued_at"),
    issuedBy: text("issued_by"),
    /** Unit heads report corrective action by then (default 10 working days after issue). */
    correctiveDueAt: text("corrective_due_at"),
    /**
     * The record's number, given at issue: sequential per tenant, year of
     * issue (local) and issuing team (null: a record outside an inspection),
     * printed "Số: 12/BB-TKT20" with the team's symbol as it was then.
     */
    recordNumber: integer("record_number"),
    recordYear: integer("record_year"),
    recordSymbol: text("record_symbol"),
    issuingTeamId: text("issuing_team_id").references(() => inspectionTeams.id),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    // No gap, no duplicate: two issues racing for one number cannot both commit.
    uniqueIndex("violation_records_number_unique").on(
      t.tenantId,
      t.recordYear,
      sql`ifnull(${t.issuingTeamId}, '')`,
      t.recordNumber,
    ),
    // Also serves overdue alerts: issued records by corrective deadline.
    index("violation_records_tenant_status_corrective_idx").on(t.tenantId, t.status, t.correctiveDueAt),
    check("violation_records_status_check", sql`${t.status} in ('draft', 'issued', 'closed')`),
  ],
);

export const violationOfficialStatuses = [
  "issued",
  "explanation_requested",
  "explanation_received",
  "decided",
  "closed",
] as const;
export const disciplinaryDecisions = [
  "no_action",
  "reminder",
  "reprimand",
  "warning",
  "salary_step_down",
  "demotion",
  "dismissal_from_post",
  "forced_resignation",
  "removal_from_office",
] as const;
export type DisciplinaryDecision = (typeof disciplinaryDecisions)[number];

/**
 * Each official a record names, with their signature and their own
 * follow-up: explanation requested and received, then a decision (the forms
 * the rules in force on its date allow: violations/discipline-rules.ts) with
 * its document number, date and who decided. The disciplinary period runs
 * from the record's issue; `periodDays` is set only when it was extended.
 */
export const violationRecordOfficials = sqliteTable(
  "violation_record_officials",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    recordId: text("record_id")
      .notNull()
      .references(() => violationRecords.id),
    officialId: text("official_id")
      .notNull()
      .references(() => officials.id),
    /** The official's unit when the record was made: whose head must answer for it (R7). */
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    signature: text("signature", { enum: ["pending", "signed", "refused"] })
      .notNull()
      .default("pending"),
    refusalWitnessedBy: text("refusal_witnessed_by"),
    status: text("status", { enum: violationOfficialStatuses }),
    explanationDueAt: text("explanation_due_at"),
    explanationText: text("explanation_text"),
    explanationReceivedAt: text("explanation_received_at"),
    decision: text("decision", { enum: disciplinaryDecisions }),
    decisionDocNumber: text("decision_doc_number"),
    decisionDocDate: text("decision_doc_date"),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    /** The extended disciplinary period in days from the record's issue (null: the standard period). */
    periodDays: integer("period_days"),
    periodExtensionReason: text("period_extension_reason"),
    periodExtendedAt: text("period_extended_at"),
    periodExtendedBy: text("period_extended_by"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.recordId, t.officialId] }),
    index("violation_record_officials_tenant_official_idx").on(t.tenantId, t.officialId),
    // Overdue alerts: explanations requested and not received, by deadline.
    index("violation_record_officials_tenant_status_explanation_idx").on(t.tenantId, t.status, t.explanationDueAt),
  ],
);

/** Every issued version of a record's content, canonical JSON and its hash; never changed. */
export const violationRecordVersions = sqliteTable(
  "violation_record_versions",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    recordId: text("record_id")
      .notNull()
      .references(() => violationRecords.id),
    version: integer("version").notNull(),
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    reason: text("reason"),
    /** ES256 signature (base64url, r‖s) over `contentHash` with the seal key `sealKid`; null for versions sealed before keys. */
    sealSignature: text("seal_signature"),
    sealKid: text("seal_kid"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("violation_record_versions_unique").on(t.tenantId, t.recordId, t.version)],
);

/** Photos and PDFs of evidence, in R2; their hashes enter the record's content hash. */
export const violationEvidence = sqliteTable(
  "violation_evidence",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    recordId: text("record_id")
      .notNull()
      .references(() => violationRecords.id),
    /** Evidence for an official's explanation rather than the record itself. */
    officialId: text("official_id"),
    r2Key: text("r2_key").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("violation_evidence_tenant_record_idx").on(t.tenantId, t.recordId)],
);

/** A unit head's report of the corrective action their unit took after a record. */
export const correctiveReports = sqliteTable(
  "corrective_reports",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    recordId: text("record_id")
      .notNull()
      .references(() => violationRecords.id),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    body: text("body").notNull(),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: text("submitted_at").notNull(),
  },
  (t) => [uniqueIndex("corrective_reports_tenant_record_unit_unique").on(t.tenantId, t.recordId, t.unitId)],
);

/**
 * What happened to a record after it was written (signatures and refusals,
 * issue, explanations, decisions, corrective reports, corrections, closing),
 * append-only: each event's hash covers the previous event's hash, its own
 * detail and the record's follow-up state after it, and is signed with the
 * seal key, so no row can be changed, removed or re-chained without the key.
 */
export const violationRecordEvents = sqliteTable(
  "violation_record_events",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    recordId: text("record_id")
      .notNull()
      .references(() => violationRecords.id),
    sequence: integer("sequence").notNull(),
    kind: text("kind").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the record's follow-up state after this event (officials' steps, corrective reports, status). */
    stateHash: text("state_hash").notNull(),
    previousHash: text("previous_hash"),
    eventHash: text("event_hash").notNull(),
    sealSignature: text("seal_signature").notNull(),
    sealKid: text("seal_kid").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("violation_record_events_sequence_unique").on(t.tenantId, t.recordId, t.sequence)],
);
