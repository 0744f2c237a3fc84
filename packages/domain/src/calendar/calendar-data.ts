import {
  type Db,
  type NationalCalendarStatus,
  type NationalDayKind,
  nationalCalendarDays,
  nationalCalendarYears,
  type TenantDayKind,
  tenantCalendarDays,
  tenants,
} from "@kycuong/db";
import { eq, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * What deadlines are counted with, for one tenant: the national calendar
 * (every year the platform has, with its status) and the tenant's own days.
 * Read in the same query that loads the tenant (`calendarDataColumn`), so
 * computing a deadline costs no round trip of its own and is never stale:
 * a platform or tenant admin's change counts from the next request.
 */
export interface CalendarData {
  /** "2026" → its status; a year not listed has no national data (missing). */
  years: Readonly<Record<string, NationalCalendarStatus>>;
  national: readonly { date: string; kind: NationalDayKind }[];
  own: readonly { date: string; kind: TenantDayKind }[];
}

/**
 * The calendar data of the tenant whose id is `tenantId` (a column of the
 * query it is selected in), as one JSON text column. The national part is
 * the same for every row and small (about a dozen days a year, a few hundred
 * bytes a year); SQLite evaluates it once per statement.
 */
export function calendarDataColumn(tenantId: AnySQLiteColumn | SQL): SQL<string> {
  const y = nationalCalendarYears;
  const n = nationalCalendarDays;
  const t = tenantCalendarDays;
  return sql<string>`json_object(
    'years', json((select json_group_object(${y.year}, ${y.status}) from ${y})),
    'national', json((select json_group_array(json_array(${n.date}, ${n.kind})) from ${n})),
    'own', json((select json_group_array(json_array(${t.date}, ${t.kind})) from ${t} where ${t.tenantId} = ${tenantId}))
  )`;
}

export function parseCalendarData(column: string): CalendarData {
  const raw = JSON.parse(column) as {
    years: Record<string, NationalCalendarStatus>;
    national: [string, NationalDayKind][];
    own: [string, TenantDayKind][];
  };
  return {
    years: raw.years,
    national: raw.national.map(([date, kind]) => ({ date, kind })),
    own: raw.own.map(([date, kind]) => ({ date, kind })),
  };
}

/** The calendar data of one tenant by id, for code that has no tenant load to add the column to (the demo seed). */
export async function loadCalendarData(db: Db, tenantId: string): Promise<CalendarData> {
  const [row] = await db
    .select({ calendar: calendarDataColumn(tenants.id) })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1);
  if (!row) throw new RangeError(`No tenant ${tenantId}`);
  return parseCalendarData(row.calendar);
}
