import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenants";
import { units } from "./units";

export const hotlinePlacements = ["district_portal", "commune_offices", "public_admin_centre"] as const;
export type HotlinePlacement = (typeof hotlinePlacements)[number];

/**
 * A published way to reach the hotline (R1): a phone number with its hours,
 * or an email address, and where it is posted. `unitId` set means a unit's
 * own contact rather than the district's.
 */
export const hotlineChannels = sqliteTable(
  "hotline_channels",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    unitId: text("unit_id").references(() => units.id),
    kind: text("kind", { enum: ["phone", "email"] }).notNull(),
    value: text("value").notNull(),
    label: text("label").notNull(),
    hours: text("hours"),
    postedAt: text("posted_at", { mode: "json" }).$type<HotlinePlacement[]>().notNull().default([]),
    sortOrder: integer("sort_order").notNull().default(0),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("hotline_channels_tenant_idx").on(t.tenantId, t.sortOrder),
    check("hotline_channels_kind_check", sql`${t.kind} in ('phone', 'email')`),
  ],
);

/** What a report is about, with its answer deadline in working days. `code` is stable; names may change. */
export const reportCategories = sqliteTable(
  "report_categories",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    code: text("code").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    deadlineWorkingDays: integer("deadline_working_days").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("report_categories_tenant_code_unique").on(t.tenantId, t.code)],
);
