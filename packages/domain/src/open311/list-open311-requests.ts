import { inTenant, reportCategories, reports, units } from "@kycuong/db";
import { and, desc, eq, gte, inArray, lte, notInArray, type SQL } from "drizzle-orm";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { normalizeTrackingCode } from "../reports/intake/report-codes";
import { type Open311Request, toOpen311Request } from "./open311-request";
import { closedReportStatuses, type Open311Lang, type Open311Status } from "./open311-status";

/** GeoReport v2's default window; a longer one is refused rather than cut. */
export const OPEN311_MAX_SPAN_DAYS = 90;
/** At most this many requests per answer (the spec allows up to 1,000; newest first). */
export const OPEN311_MAX_RESULTS = 100;

export interface Open311RequestFilter {
  /** Tracking codes; when given, every other filter is ignored (as the spec says). */
  ids?: string[];
  serviceCodes?: string[];
  statuses?: Open311Status[];
  /** ISO 8601 instants bounding `requested_datetime`. */
  startDate?: string;
  endDate?: string;
  lang: Open311Lang;
}

const DAY_MS = 86_400_000;

/** Public Open311 view of a tenant's reports: only the columns `toOpen311Request` needs are ever read. */
export async function listOpen311Requests(ctx: TenantContext, filter: Open311RequestFilter): Promise<Open311Request[]> {
  const rows = await ctx.db
    .select({
      trackingCode: reports.trackingCode,
      status: reports.status,
      categoryCode: reports.categoryCode,
      categoryNameVi: reportCategories.nameVi,
      categoryNameEn: reportCategories.nameEn,
      unitName: units.name,
      createdAt: reports.createdAt,
      updatedAt: reports.updatedAt,
      dueAt: reports.dueAt,
    })
    .from(reports)
    .leftJoin(
      reportCategories,
      and(eq(reportCategories.tenantId, reports.tenantId), eq(reportCategories.code, reports.categoryCode)),
    )
    .leftJoin(units, and(eq(units.tenantId, reports.tenantId), eq(units.id, reports.assignedUnitId)))
    .where(inTenant(reports, ctx.tenant.id, ...conditions(filter, ctx.now)))
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(OPEN311_MAX_RESULTS);
  return rows.map((row) => toOpen311Request(row, filter.lang));
}

function conditions(filter: Open311RequestFilter, now: Date): (SQL | undefined)[] {
  if (filter.ids) {
    const codes = filter.ids.map(normalizeTrackingCode).filter((code): code is string => code !== null);
    return [inArray(reports.trackingCode, codes)];
  }
  const { start, end } = window(filter, now);
  const statuses = new Set(filter.statuses ?? []);
  const onlyOpen = statuses.has("open") && !statuses.has("closed");
  const onlyClosed = statuses.has("closed") && !statuses.has("open");
  return [
    // Browsing lists only what was sent through Open311 itself. Reports made
    // on the hotline form, by phone or in person are about named officials
    // and were sent with the promise that their code reveals nothing without
    // the receipt; they are found here only by their own tracking code.
    eq(reports.channel, "open311"),
    // Instants are stored as `toISOString()` text, so comparing strings compares times.
    gte(reports.createdAt, start.toISOString()),
    lte(reports.createdAt, end.toISOString()),
    filter.serviceCodes?.length ? inArray(reports.categoryCode, filter.serviceCodes) : undefined,
    onlyOpen ? notInArray(reports.status, [...closedReportStatuses]) : undefined,
    onlyClosed ? inArray(reports.status, [...closedReportStatuses]) : undefined,
  ];
}

function window(filter: Open311RequestFilter, now: Date): { start: Date; end: Date } {
  const end = filter.endDate ? new Date(filter.endDate) : now;
  const start = filter.startDate
    ? new Date(filter.startDate)
    : new Date(end.getTime() - OPEN311_MAX_SPAN_DAYS * DAY_MS);
  if (start > end) throw badWindow("start_date phải trước end_date · start_date must be before end_date");
  if (end.getTime() - start.getTime() > OPEN311_MAX_SPAN_DAYS * DAY_MS) {
    throw badWindow(
      `Khoảng thời gian tối đa ${OPEN311_MAX_SPAN_DAYS} ngày · The range may not span more than ${OPEN311_MAX_SPAN_DAYS} days`,
    );
  }
  return { start, end };
}

function badWindow(message: string): DomainError {
  return new DomainError("invalid_date_range", message, [{ path: "query.start_date", message }]);
}
