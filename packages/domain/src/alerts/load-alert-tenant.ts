import { alertRuns, tenants } from "@kycuong/db";
import { and, eq, gte } from "drizzle-orm";

import { calendarDataColumn, parseCalendarData } from "../calendar/calendar-data";
import type { DomainContext, TenantRef } from "../context";
import { parseTenantSettings } from "../tenants/tenant-settings";
import { localDatesAround } from "./alert-window";

export interface AlertTenant {
  tenant: TenantRef;
  /** Local dates from the day before `now` on (later ones too) whose digests have already been planned. */
  plannedDates: Set<string>;
}

/**
 * The tenant a queue message names, with the alert runs already made from
 * the day before `now` on (a later day's too: a message may arrive after the
 * next day's), in one round trip; null when it is gone or suspended (nothing is
 * sent for a suspended tenant).
 */
export async function loadAlertTenant(ctx: DomainContext, tenantId: string): Promise<AlertTenant | null> {
  const around = localDatesAround(ctx.now);
  const rows = await ctx.db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      timezone: tenants.timezone,
      settings: tenants.settings,
      status: tenants.status,
      calendar: calendarDataColumn(tenants.id),
      plannedDate: alertRuns.localDate,
    })
    .from(tenants)
    .leftJoin(alertRuns, and(eq(alertRuns.tenantId, tenants.id), gte(alertRuns.localDate, around[0] ?? "")))
    .where(eq(tenants.id, tenantId));
  const row = rows[0];
  if (row?.status !== "active") return null;
  return {
    tenant: {
      id: row.id,
      slug: row.slug,
      name: row.name,
      timezone: row.timezone,
      settings: parseTenantSettings(row.settings),
      calendar: parseCalendarData(row.calendar),
    },
    plannedDates: new Set(rows.map((r) => r.plannedDate).filter((d): d is string => d !== null)),
  };
}
