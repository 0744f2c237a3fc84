import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenants";

export const unitKinds = [
  "party_committee_office",
  "peoples_committee",
  "department",
  "commune",
  "town",
  "public_admin_centre",
  "service_unit",
  "other",
] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * An agency, unit or locality (cơ quan, đơn vị, địa phương) inside a tenant,
 * in a tree. The head's email receives the unit's overdue alerts (R7), so a
 * unit without one is visible as such rather than silently unalerted.
 * Never hard-deleted: reminders, reports and violations point at it.
 */
export const units = sqliteTable(
  "units",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    parentId: text("parent_id").references((): AnySQLiteColumn => units.id),
    kind: text("kind", { enum: unitKinds }).notNull(),
    name: text("name").notNull(),
    code: text("code").notNull(),
    headOfficialId: text("head_official_id"),
    headEmail: text("head_email"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("units_tenant_code_unique").on(t.tenantId, t.code),
    index("units_tenant_parent_idx").on(t.tenantId, t.parentId),
    check("units_kind_check", sql`${t.kind} in (${sql.raw(unitKinds.map((k) => `'${k}'`).join(", "))})`),
  ],
);

export type UnitRow = typeof units.$inferSelect;
