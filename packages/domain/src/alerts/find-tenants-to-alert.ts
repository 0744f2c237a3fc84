import { alertRuns, notifications, tenants } from "@kycuong/db";
import { and, eq, inArray, lte, sql } from "drizzle-orm";

import { calendarDataColumn, parseCalendarData } from "../calendar/calendar-data";
import type { DomainContext } from "../context";
import { parseTenantSettings } from "../tenants/tenant-settings";
import { alertWindow, localDatesAround } from "./alert-window";
import { singleEmailKinds } from "./single-email";

/** The queue message for one tenant's alert job; `scheduledTime` is the cron event's, in epoch ms. */
export interface AlertJob {
  tenantId: string;
  scheduledTime: number;
}

export interface TenantsToAlert {
  jobs: AlertJob[];
  activeTenants: number;
  /** Tenants whose window is open but which had nothing to plan or send. */
  upToDate: number;
  /** Tenants whose stored settings no longer parse: skipped, and named so an operator can mend them. */
  unreadable: string[];
}

/**
 * The cron's whole question, in one round trip whatever the number of
 * tenants: which active tenants are inside their alert window now and either
 * have not planned today's digests or have mail due for (re)sending, and
 * which, outside it, have a single email due (one whose immediate send failed). This
 * is the one cross-tenant read of the alert flow (a scheduler's); every
 * join in it is keyed on the tenant.
 */
export async function findTenantsToAlert(ctx: DomainContext): Promise<TenantsToAlert> {
  const around = localDatesAround(ctx.now);
  const rows = await ctx.db
    .select({
      id: tenants.id,
      timezone: tenants.timezone,
      settings: tenants.settings,
      calendar: calendarDataColumn(tenants.id),
      plannedDates: sql<string | null>`(select group_concat(${alertRuns.localDate}) from ${alertRuns} where ${and(
        eq(alertRuns.tenantId, tenants.id),
        inArray(alertRuns.localDate, around),
      )})`,
      mailDue: sql<number>`exists (select 1 from ${notifications} where ${and(
        eq(notifications.tenantId, tenants.id),
        eq(notifications.status, "pending"),
        lte(notifications.nextAttemptAt, ctx.now.toISOString()),
      )})`,
      singleMailDue: sql<number>`exists (select 1 from ${notifications} where ${and(
        eq(notifications.tenantId, tenants.id),
        eq(notifications.status, "pending"),
        lte(notifications.nextAttemptAt, ctx.now.toISOString()),
        inArray(notifications.kind, [...singleEmailKinds]),
      )})`,
    })
    .from(tenants)
    .where(eq(tenants.status, "active"));

  const jobs: AlertJob[] = [];
  const unreadable: string[] = [];
  let upToDate = 0;
  for (const row of rows) {
    let window: ReturnType<typeof alertWindow>;
    try {
      window = alertWindow(
        {
          timezone: row.timezone,
          settings: parseTenantSettings(row.settings),
          calendar: parseCalendarData(row.calendar),
        },
        ctx.now,
      );
    } catch {
      // Its window cannot be known; the others must still go out.
      unreadable.push(row.id);
      continue;
    }
    if (!window.open) {
      // Outside the digest window only single emails (a report's answer, a password link) may go:
      // they answer something a person did, so they do not wait for a working morning.
      if (row.singleMailDue) jobs.push({ tenantId: row.id, scheduledTime: ctx.now.getTime() });
      continue;
    }
    const planned = (row.plannedDates ?? "").split(",").includes(window.localDate);
    if (planned && !row.mailDue) {
      upToDate++;
      continue;
    }
    jobs.push({ tenantId: row.id, scheduledTime: ctx.now.getTime() });
  }
  return { jobs, activeTenants: rows.length, upToDate, unreadable };
}
