import { sql } from "drizzle-orm";
import { check, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * A tenant is one local government (a district today; a province or commune
 * after the 2025 reform), so `level` is data, not an assumption.
 * `settings` holds the tenant's rules as JSON; its shape and defaults are
 * owned by the domain (`TenantSettings`), which parses it on every read.
 */
export const tenants = sqliteTable(
  "tenants",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    level: text("level", { enum: ["province", "district", "commune"] }).notNull(),
    province: text("province").notNull(),
    timezone: text("timezone").notNull().default("Asia/Ho_Chi_Minh"),
    settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    status: text("status", { enum: ["active", "suspended"] })
      .notNull()
      .default("active"),
    /** UTC instants as ISO 8601 strings (`Date#toISOString`), everywhere. */
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    check("tenants_level_check", sql`${t.level} in ('province', 'district', 'commune')`),
    check("tenants_status_check", sql`${t.status} in ('active', 'suspended')`),
    check("tenants_slug_check", sql`${t.slug} glob '[a-z0-9]*' and ${t.slug} not glob '*[^a-z0-9-]*'`),
  ],
);

export type TenantRow = typeof tenants.$inferSelect;
export type NewTenantRow = typeof tenants.$inferInsert;
