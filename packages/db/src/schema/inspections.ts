import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { officials } from "./officials";
import { tenants } from "./tenants";
import { units } from "./units";

/** An inspection team (Đoàn / Tổ kiểm tra), formed by a decision, for a period. */
export const inspectionTeams = sqliteTable(
  "inspection_teams",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    name: text("name").notNull(),
    decisionDocNumber: text("decision_doc_number").notNull(),
    decisionDocDate: text("decision_doc_date").notNull(),
    leaderOfficialId: text("leader_official_id")
      .notNull()
      .references(() => officials.id),
    activeFrom: text("active_from").notNull(),
    activeTo: text("active_to"),
    /** The symbol after a violation record's number ("BB-TKT20" in "Số: 12/BB-TKT20"); null: derived from the name. */
    recordSymbol: text("record_symbol"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("inspection_teams_tenant_idx").on(t.tenantId, t.activeFrom)],
);

export const inspectionTeamMembers = sqliteTable(
  "inspection_team_members",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    teamId: text("team_id")
      .notNull()
      .references(() => inspectionTeams.id),
    officialId: text("official_id")
      .notNull()
      .references(() => officials.id),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.teamId, t.officialId] })],
);

/** A tenant's checklist template: `items` are `{ code, label }` in order. */
export const checklistTemplates = sqliteTable(
  "checklist_templates",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    name: text("name").notNull(),
    items: text("items", { mode: "json" }).$type<{ code: string; label: string }[]>().notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("checklist_templates_tenant_idx").on(t.tenantId)],
);

export const inspectionKinds = ["planned", "surprise"] as const;
export const inspectionStatuses = ["scheduled", "in_progress", "completed", "cancelled"] as const;

/**
 * A planned or surprise inspection by a team of one or more target units.
 * A surprise inspection stays invisible to the inspected units' heads until
 * it has started (`startedAt` set).
 */
export const inspections = sqliteTable(
  "inspections",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    teamId: text("team_id")
      .notNull()
      .references(() => inspectionTeams.id),
    kind: text("kind", { enum: inspectionKinds }).notNull(),
    status: text("status", { enum: inspectionStatuses }).notNull().default("scheduled"),
    scheduledAt: text("scheduled_at"),
    startedAt: text("started_at"),
    endedAt: text("ended_at"),
    checklistTemplateId: text("checklist_template_id").references(() => checklistTemplates.id),
    findings: text("findings"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("inspections_tenant_status_idx").on(t.tenantId, t.status),
    check("inspections_status_check", sql`${t.status} in ('scheduled', 'in_progress', 'completed', 'cancelled')`),
  ],
);

export const inspectionTargets = sqliteTable(
  "inspection_targets",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    inspectionId: text("inspection_id")
      .notNull()
      .references(() => inspections.id),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.inspectionId, t.unitId] })],
);

/** One checklist item's result in one inspection. */
export const inspectionChecklistResults = sqliteTable(
  "inspection_checklist_results",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    inspectionId: text("inspection_id")
      .notNull()
      .references(() => inspections.id),
    itemCode: text("item_code").notNull(),
    result: text("result", { enum: ["compliant", "violation", "not_checked"] }).notNull(),
    note: text("note"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.inspectionId, t.itemCode] })],
);

/** The tenant's catalogue of violation types; `code` is stable. */
export const violationTypes = sqliteTable(
  "violation_types",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    code: text("code").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("violation_types_tenant_code_unique").on(t.tenantId, t.code)],
);
