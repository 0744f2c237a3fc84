import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenants";

export const nationalCalendarStatuses = ["announced", "projected"] as const;
export const nationalDayKinds = ["holiday", "day_off_in_lieu", "working_day"] as const;
export const tenantDayKinds = ["holiday", "worked"] as const;

/**
 * A year of Vietnam's official calendar for officials, as the platform
 * admin keeps it: `announced` once the government's notice is out,
 * `projected` before (from the Labour Code and the lunar calendar). A year
 * with no row here is missing: deadlines that reach into it say so. Platform
 * data, the same for every tenant: no tenant_id.
 */
export const nationalCalendarYears = sqliteTable(
  "national_calendar_years",
  {
    year: integer("year").primaryKey(),
    status: text("status", { enum: nationalCalendarStatuses }).notNull(),
    /** The notice the days come from (number, date), or how a projection was made. */
    source: text("source").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    check("national_calendar_years_status_check", sql`${t.status} in ('announced', 'projected')`),
    check("national_calendar_years_year_check", sql`${t.year} between 2000 and 2100`),
  ],
);

/**
 * One day of a national year that is not an ordinary Monday–Friday working
 * day or weekend: a public holiday, a weekday given off in lieu (a holiday
 * on a weekend, or the Friday swapped for a working Saturday), or a weekend
 * day worked in exchange.
 */
export const nationalCalendarDays = sqliteTable(
  "national_calendar_days",
  {
    date: text("date").primaryKey(),
    year: integer("year")
      .notNull()
      .references(() => nationalCalendarYears.year),
    kind: text("kind", { enum: nationalDayKinds }).notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
  },
  (t) => [
    index("national_calendar_days_year_idx").on(t.year),
    check("national_calendar_days_kind_check", sql`${t.kind} in ('holiday', 'day_off_in_lieu', 'working_day')`),
    check("national_calendar_days_year_check", sql`substr(${t.date}, 1, 4) = cast(${t.year} as text)`),
  ],
);

/**
 * A tenant's own change to the national calendar: a day off of its own (a
 * local festival, a day the province gives) or a day it works although the
 * national calendar (or the weekend) says otherwise. On its date it wins
 * over the national calendar.
 */
export const tenantCalendarDays = sqliteTable(
  "tenant_calendar_days",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    date: text("date").notNull(),
    kind: text("kind", { enum: tenantDayKinds }).notNull(),
    name: text("name").notNull(),
    source: text("source"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.date] }),
    check("tenant_calendar_days_kind_check", sql`${t.kind} in ('holiday', 'worked')`),
  ],
);

export type NationalCalendarStatus = (typeof nationalCalendarStatuses)[number];
export type NationalDayKind = (typeof nationalDayKinds)[number];
export type TenantDayKind = (typeof tenantDayKinds)[number];
