import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenants";
import { units } from "./units";

export const officialKinds = ["cadre", "civil_servant", "public_employee"] as const;
export type OfficialKind = (typeof officialKinds)[number];

/**
 * A cadre, civil servant or public employee (CB,CCVC). `employeeCode` or
 * `email` identifies a person across CSV imports, so a re-import updates
 * instead of duplicating. Never hard-deleted: people leave (`status = left`).
 */
export const officials = sqliteTable(
  "officials",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    employeeCode: text("employee_code"),
    fullName: text("full_name").notNull(),
    kind: text("kind", { enum: officialKinds }).notNull(),
    position: text("position"),
    /**
     * Holds a leadership or management post (chức vụ lãnh đạo, quản lý; for a
     * cadre, a position or title they were approved or appointed to): the
     * disciplinary forms allowed depend on it, not on the free-text `position`.
     */
    holdsLeadershipPost: integer("holds_leadership_post", { mode: "boolean" }).notNull().default(false),
    email: text("email"),
    phone: text("phone"),
    partyMember: integer("party_member", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: ["active", "left"] })
      .notNull()
      .default("active"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("officials_tenant_code_unique").on(t.tenantId, t.employeeCode),
    uniqueIndex("officials_tenant_email_unique").on(t.tenantId, t.email),
    index("officials_tenant_unit_idx").on(t.tenantId, t.unitId),
    check("officials_kind_check", sql`${t.kind} in ('cadre', 'civil_servant', 'public_employee')`),
    check("officials_status_check", sql`${t.status} in ('active', 'left')`),
  ],
);

export type OfficialRow = typeof officials.$inferSelect;
