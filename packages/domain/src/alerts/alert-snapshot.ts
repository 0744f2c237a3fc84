import { type Db, inTenant, units } from "@kycuong/db";
import { dueAfterWorkingDays, type WorkingCalendar, workingCalendar } from "../calendar/working-calendar";
import type { TenantRef } from "../context";
import { disciplinaryPeriod } from "../violations/disciplinary-period";
import { DISCIPLINARY_PERIOD_WARNING_DAYS, disciplinaryPeriodRules } from "../violations/discipline-rules";
import type { AlertItem } from "./alert-item";
import { alertItemQueries, disciplinaryPeriodQuery } from "./alert-item-queries";
import type { AlertUnit } from "./plan-digests";
import { toAlertItems } from "./to-alert-items";

/**
 * What the morning's digests are made of, at `now`: every open item due by
 * the due-soon horizon, and the tenant's units with their heads' emails.
 * The planner and a user's "today" (todays-work.ts) both start here, so the
 * console shows exactly what the emails tell.
 *
 * `reads` go into the caller's own batch (one round trip with whatever else
 * it reads); `snapshot` turns their results, in the same order, into items.
 */
export function alertSnapshotReads(db: Db, tenant: TenantRef, now: Date) {
  const calendar: WorkingCalendar = workingCalendar(tenant);
  const horizon = dueAfterWorkingDays(calendar, now, tenant.settings.alertDueSoonWorkingDays);
  const q = alertItemQueries(db, tenant.id, horizon.toISOString());
  // Disciplinary periods are told of from 15 calendar days before they end, not the working-day horizon.
  const periodHorizon = new Date(now.getTime() + DISCIPLINARY_PERIOD_WARNING_DAYS * 86_400_000).toISOString();
  const shortestPeriod = Math.min(...disciplinaryPeriodRules.map((rule) => rule.days));
  const reads = [
    q.reports,
    q.tasks,
    q.conclusions,
    q.correctives,
    q.explanations,
    db
      .select({ id: units.id, name: units.name, headEmail: units.headEmail, active: units.active })
      .from(units)
      .where(inTenant(units, tenant.id)),
    disciplinaryPeriodQuery(db, tenant.id, new Date(periodHorizon), shortestPeriod),
  ] as const;
  return {
    calendar,
    /** The end of the last day counted as "due soon". */
    horizon,
    reads,
    snapshot([reports, tasks, conclusions, correctives, explanations, unitRows, periodRows]: ResultsOf<
      typeof reads
    >): AlertSnapshot {
      const periods = periodRows.flatMap((row) => {
        const period = disciplinaryPeriod(row.issuedAt, row, calendar);
        return period && period.endsAt <= periodHorizon
          ? [{ ...row, dueAt: period.endsAt, extended: period.extended }]
          : [];
      });
      return {
        items: toAlertItems({ reports, tasks, conclusions, correctives, explanations, periods }, tenant.slug),
        // A deactivated unit's head is no longer written to: its open items go to the leadership.
        units: unitRows.map((u) => ({ id: u.id, name: u.name, headEmail: u.active ? u.headEmail : null })),
      };
    },
  };
}

export interface AlertSnapshot {
  items: AlertItem[];
  units: AlertUnit[];
}

/** What a batch answers for these reads, in their order. */
export type ResultsOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };
