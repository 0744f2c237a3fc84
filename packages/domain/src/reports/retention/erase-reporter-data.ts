import { inTenant, notifications, reportEvents, reports, tenants } from "@kycuong/db";
import { and, eq, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { auditEntry } from "../../audit/audit-entry";
import { calendarDataColumn, parseCalendarData } from "../../calendar/calendar-data";
import type { DomainContext, TenantContext } from "../../context";
import { parseTenantSettings } from "../../tenants/tenant-settings";

/** What the erased free text reads: a person who opens the case sees why it is empty. */
export const ERASED_TEXT = "[Đã xoá khi hết thời hạn lưu trữ · Erased when the retention period ended]";

/**
 * The statuses in which a report is finished from everyone's side: its
 * retention period runs from the last change into one of them. A resolved
 * report is not finished (it is closed, or reopened, next).
 */
const finishedForGood = ["closed", "rejected", "duplicate"] as const;

/** Reports erased per tenant per run: a large backlog is worked off over several runs, each one batch. */
export const ERASE_PER_RUN = 200;

const DAY_MS = 86_400_000;

function retentionCutoff(ctx: DomainContext, retentionDays: number): string {
  return new Date(ctx.now.getTime() - retentionDays * DAY_MS).toISOString();
}

/**
 * The active tenants with at least one report whose retention period has
 * ended: one read for the whole deployment, each tenant's own period (from
 * its settings) in the correlated condition, so the cron that runs every
 * quarter hour costs one query when there is nothing to erase.
 */
export async function tenantsWithExpiredReporterData(ctx: DomainContext): Promise<TenantContext["tenant"][]> {
  const days = sql`coalesce(json_extract(${tenants.settings}, '$.privacy.reporterDataRetentionDays'), 365)`;
  const rows = await ctx.db
    .select({ tenant: tenants, calendar: calendarDataColumn(tenants.id) })
    .from(tenants)
    .where(
      and(
        eq(tenants.status, "active"),
        sql`exists (select 1 from ${reports} where ${reports.tenantId} = ${tenants.id}
          and ${inArray(reports.status, [...finishedForGood])}
          and ${isNull(reports.personalDataErasedAt)}
          and ${reports.updatedAt} < strftime('%Y-%m-%dT%H:%M:%fZ', (${ctx.now.getTime()} - ${days} * ${DAY_MS}) / 1000.0, 'unixepoch'))`,
      ),
    );
  const found: TenantContext["tenant"][] = [];
  for (const { tenant: row, calendar } of rows) {
    try {
      found.push({
        id: row.id,
        slug: row.slug,
        name: row.name,
        timezone: row.timezone,
        settings: parseTenantSettings(row.settings),
        calendar: parseCalendarData(calendar),
      });
    } catch {
      // Unreadable settings: that tenant's period cannot be known, so nothing of it is erased.
    }
  }
  return found;
}

/**
 * Erases what identifies the person who reported, once the tenant's
 * retention period (`privacy.reporterDataRetentionDays`, default 365) has
 * passed since the report was finished: their name, phone, email and
 * consent, the report's free text (description, place, who they named),
 * the network fingerprint, their follow-up messages and the recipient and
 * body of the answer email sent to them. What the statistics need stays:
 * category, units, dates, status, finding, the officials found at fault
 * and the staff's answer. One batch per run, with one audit entry listing
 * the reports (never their contents). Re-running erases nothing twice.
 */
export async function eraseExpiredReporterData(ctx: TenantContext): Promise<{ erased: number }> {
  const tenantId = ctx.tenant.id;
  const retentionDays = ctx.tenant.settings.privacy.reporterDataRetentionDays;
  const due = await ctx.db
    .select({ id: reports.id })
    .from(reports)
    .where(
      inTenant(
        reports,
        tenantId,
        inArray(reports.status, [...finishedForGood]),
        isNull(reports.personalDataErasedAt),
        lt(reports.updatedAt, retentionCutoff(ctx, retentionDays)),
      ),
    )
    .orderBy(reports.updatedAt)
    .limit(ERASE_PER_RUN);
  if (due.length === 0) return { erased: 0 };
  const ids = due.map((row) => row.id);
  const at = ctx.now.toISOString();
  const answerEvents = ctx.db
    .select({ id: reportEvents.id })
    .from(reportEvents)
    .where(inTenant(reportEvents, tenantId, inArray(reportEvents.reportId, ids)));
  await ctx.db.batch([
    ctx.db
      .update(reports)
      .set({
        reporterName: null,
        reporterPhone: null,
        reporterEmail: null,
        consentToContact: false,
        description: ERASED_TEXT,
        location: null,
        unitText: null,
        officialText: null,
        clientHash: null,
        personalDataErasedAt: at,
      })
      // `updatedAt` is left as it was: the erasure is not a move, and a form open on the case still matches.
      .where(inTenant(reports, tenantId, inArray(reports.id, ids), isNull(reports.personalDataErasedAt))),
    ctx.db
      .update(reportEvents)
      .set({ body: ERASED_TEXT })
      .where(
        inTenant(
          reportEvents,
          tenantId,
          inArray(reportEvents.reportId, ids),
          eq(reportEvents.kind, "reporter_message"),
        ),
      ),
    ctx.db
      .update(notifications)
      .set({ recipient: "", bodyHtml: ERASED_TEXT, bodyText: ERASED_TEXT })
      .where(
        inTenant(
          notifications,
          tenantId,
          eq(notifications.kind, "report_answer"),
          ne(notifications.status, "pending"),
          inArray(notifications.ref, answerEvents),
        ),
      ),
    auditEntry(ctx, {
      tenantId,
      action: "reports.personal_data_erased",
      entityType: "report",
      entityId: null,
      after: { reportIds: ids, retentionDays },
    }),
  ]);
  return { erased: ids.length };
}

export interface ErasureRun {
  /** Tenants with something to erase this run. */
  tenants: number;
  erased: number;
  /** Tenants whose erasure failed (retried by the next run); the others went ahead. */
  failed: string[];
}

/** The scheduled job: every tenant's expired reporter data, a tenant at a time. */
export async function eraseExpiredReporterDataEverywhere(ctx: DomainContext): Promise<ErasureRun> {
  const due = await tenantsWithExpiredReporterData(ctx);
  const run: ErasureRun = { tenants: due.length, erased: 0, failed: [] };
  for (const tenant of due) {
    try {
      run.erased += (await eraseExpiredReporterData({ ...ctx, tenant })).erased;
    } catch {
      run.failed.push(tenant.id);
    }
  }
  return run;
}
