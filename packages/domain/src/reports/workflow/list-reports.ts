import { inTenant, reportStatuses, reports, units } from "@kycuong/db";
import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, notInArray, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../../access/assert-can";
import { visibleUnitIds } from "../../access/unit-scope";
import { workingCalendar } from "../../calendar/working-calendar";
import type { TenantContext } from "../../context";
import { Instant } from "../../input/dates";
import { Id } from "../../input/ids";
import type { PageQuery } from "../../input/page-query";
import { text } from "../../input/text";
import { decodeCursor, type Page, toPage } from "../../pagination/cursor";
import { type ReportListItem, toReportListItem } from "../staff-report";
import { finishedStatuses } from "./transitions";

const status = z.enum(reportStatuses);
const instant = Instant;

export const ReportListQuery = z.object({
  /** One status, or several as a repeated parameter (`?status=received&status=accepted`). */
  status: z.union([status, z.array(status).max(reportStatuses.length)]).optional(),
  category: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  /** The unit the report is assigned to (that unit exactly, not its sub-units). */
  unitId: Id.optional(),
  overdue: z.enum(["true", "false"]).optional(),
  /** Received at or after this instant (ISO 8601 with offset). */
  from: instant.optional(),
  /** Received before this instant. */
  to: instant.optional(),
  /** Text in the description, matched as typed. */
  q: text({ min: 1, max: 100 }).optional(),
  /** `true`: only reports no unit is assigned yet (`false`: only assigned ones). */
  unassigned: z.enum(["true", "false"]).optional(),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

/**
 * Reports newest first (ids are UUIDv7, so id order is arrival order), a
 * unit head's limited to those assigned to their subtree.
 */
export async function listReports(
  ctx: TenantContext,
  query: ReportListQuery & PageQuery,
): Promise<Page<ReportListItem>> {
  assertCan(ctx, "reports:read");
  const visible = await visibleUnitIds(ctx, "reports:read");
  if (visible?.length === 0) return { items: [], nextCursor: null };
  return reportPage(ctx, query, await reportListStatement(ctx, query, visible));
}

/**
 * The list's one query, for a caller that sends it in a batch with others
 * (the console's inbox reads its filter choices in the same round trip).
 * `visible` comes from `visibleUnitIds`; an empty list matches nothing.
 */
export function reportListStatement(ctx: TenantContext, query: ReportListQuery & PageQuery, visible: string[] | null) {
  const before = decodeCursor(query.cursor);
  const statuses = typeof query.status === "string" ? [query.status] : query.status;
  return ctx.db
    .select({ report: reports, unit: { id: units.id, name: units.name } })
    .from(reports)
    .leftJoin(units, and(eq(units.id, reports.assignedUnitId), eq(units.tenantId, reports.tenantId)))
    .where(
      inTenant(
        reports,
        ctx.tenant.id,
        visible ? inArray(reports.assignedUnitId, visible) : undefined,
        statuses ? inArray(reports.status, statuses) : undefined,
        query.category ? eq(reports.categoryCode, query.category) : undefined,
        query.unitId ? eq(reports.assignedUnitId, query.unitId) : undefined,
        query.unassigned
          ? query.unassigned === "true"
            ? isNull(reports.assignedUnitId)
            : isNotNull(reports.assignedUnitId)
          : undefined,
        query.overdue ? overdueCondition(query.overdue === "true", ctx.now) : undefined,
        query.from ? gte(reports.createdAt, utc(query.from)) : undefined,
        query.to ? lt(reports.createdAt, utc(query.to)) : undefined,
        query.q ? sql`${reports.description} like ${likePattern(query.q)} escape '\\'` : undefined,
        before ? lt(reports.id, before) : undefined,
      ),
    )
    .orderBy(desc(reports.id))
    .limit(query.limit + 1);
}

type ReportListRow = Awaited<ReturnType<typeof reportListStatement>>[number];

/** The rows of `reportListStatement` as a page of list items. */
export function reportPage(ctx: TenantContext, query: PageQuery, rows: ReportListRow[]): Page<ReportListItem> {
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.report.id })),
    query.limit,
  );
  const calendar = workingCalendar(ctx.tenant);
  return {
    items: page.items.map((r) => toReportListItem(r.report, r.unit?.id ? r.unit : null, calendar, ctx.now)),
    nextCursor: page.nextCursor,
  };
}

/** Instants are stored as `toISOString()` text, so comparing strings compares times. */
function overdueCondition(wanted: boolean, now: Date): SQL | undefined {
  const at = now.toISOString();
  const overdue = and(lt(reports.dueAt, at), notInArray(reports.status, finishedStatuses));
  return wanted ? overdue : or(gte(reports.dueAt, at), inArray(reports.status, finishedStatuses));
}

function utc(instant: string): string {
  return new Date(instant).toISOString();
}

/** `%text%` with the text's own `%`, `_` and `\` matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
