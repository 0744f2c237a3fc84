import { inspections, inTenant, violationRecordOfficials, violationRecords } from "@kycuong/db";
import { eq, exists, gte, lt } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { unitReach } from "../access/unit-scope";
import { workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { ViolationListQuery } from "./violation-input";
import { collectParts, namesOfficialWhere, recordIdsQuery, recordPartsQueries, recordsQuery } from "./violation-query";
import { toSummary, type ViolationRecordSummary } from "./violation-view";

/** Records newest first, filtered; a unit head sees only issued records naming their subtree's officials. */
export async function listViolationRecords(
  ctx: TenantContext,
  query: PageQuery & ViolationListQuery,
): Promise<Page<ViolationRecordSummary>> {
  assertCan(ctx, "inspections:read");
  const after = decodeCursor(query.cursor);
  const reach = await unitReach(ctx, "inspections:read");
  if (reach.units?.length === 0) return { items: [], nextCursor: null };
  const conditions = [
    after ? lt(violationRecords.id, after) : undefined,
    query.status ? eq(violationRecords.status, query.status) : undefined,
    query.typeCode ? eq(violationRecords.typeCode, query.typeCode) : undefined,
    query.officialId ? namesOfficialWhere(ctx, eq(violationRecordOfficials.officialId, query.officialId)) : undefined,
    query.unitId ? namesOfficialWhere(ctx, eq(violationRecordOfficials.unitId, query.unitId)) : undefined,
    query.teamId
      ? exists(
          ctx.db
            .select({ one: inspections.id })
            .from(inspections)
            .where(
              inTenant(
                inspections,
                ctx.tenant.id,
                eq(inspections.id, violationRecords.inspectionId),
                eq(inspections.teamId, query.teamId),
              ),
            ),
        )
      : undefined,
    query.awaiting
      ? namesOfficialWhere(
          ctx,
          eq(
            violationRecordOfficials.status,
            query.awaiting === "explanation" ? "explanation_requested" : "explanation_received",
          ),
        )
      : undefined,
    query.from ? gte(violationRecords.occurredAt, new Date(query.from).toISOString()) : undefined,
    query.to ? lt(violationRecords.occurredAt, new Date(query.to).toISOString()) : undefined,
  ];
  // The page and its records' parts in one batch: the parts are read for the page's ids, as a subquery.
  const [rows, officialRows, reportRows] = await ctx.db.batch([
    recordsQuery(ctx, reach, conditions, query.limit + 1),
    ...recordPartsQueries(ctx, recordIdsQuery(ctx, reach, conditions, query.limit + 1)),
  ]);
  const page = toPage(rows, query.limit);
  const parts = collectParts(officialRows, reportRows);
  const calendar = workingCalendar(ctx.tenant);
  return {
    items: page.items.map((r) =>
      toSummary(r, parts.officials.get(r.id) ?? [], parts.reports.get(r.id) ?? [], ctx.now, calendar),
    ),
    nextCursor: page.nextCursor,
  };
}
