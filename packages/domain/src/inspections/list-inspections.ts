import { inspections, inspectionTargets } from "@kycuong/db";
import { eq, gte, lt, lte, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { unitReach } from "../access/unit-scope";
import { addDays, endOfLocalDay } from "../calendar/local-date";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { InspectionListQuery } from "./inspection-input";
import { attachTargets, inspectionIdsQuery, inspectionsQuery, targetsAnyOf, targetsQuery } from "./inspection-query";
import type { Inspection } from "./inspection-view";

/**
 * Inspections newest first. A unit head's list holds only those of their
 * subtree that are planned or have started (see inspection-query.ts).
 */
export async function listInspections(
  ctx: TenantContext,
  query: InspectionListQuery & PageQuery,
): Promise<Page<Inspection>> {
  assertCan(ctx, "inspections:read");
  const before = decodeCursor(query.cursor);
  const tz = ctx.tenant.timezone;
  // Instants are stored as toISOString() text, so comparing strings compares times.
  const when = sql`coalesce(${inspections.startedAt}, ${inspections.scheduledAt}, ${inspections.createdAt})`;
  const reach = await unitReach(ctx, "inspections:read");
  if (reach.units?.length === 0) return { items: [], nextCursor: null };
  const conditions = [
    query.teamId ? eq(inspections.teamId, query.teamId) : undefined,
    query.unitId ? targetsAnyOf(ctx, eq(inspectionTargets.unitId, query.unitId)) : undefined,
    query.status ? eq(inspections.status, query.status) : undefined,
    query.kind ? eq(inspections.kind, query.kind) : undefined,
    query.from
      ? gte(when, new Date(endOfLocalDay(addDays(query.from, -1), tz).getTime() + 1).toISOString())
      : undefined,
    query.to ? lte(when, endOfLocalDay(query.to, tz).toISOString()) : undefined,
    before ? lt(inspections.id, before) : undefined,
  ];
  // The page and its targets in one batch: the targets are read for the page's ids, as a subquery.
  const [rows, targets] = await ctx.db.batch([
    inspectionsQuery(ctx, reach, conditions, query.limit + 1),
    targetsQuery(ctx, inspectionIdsQuery(ctx, reach, conditions, query.limit + 1)),
  ]);
  const page = toPage(
    rows.map((row) => ({ ...row, id: row.inspection.id })),
    query.limit,
  );
  return { items: attachTargets(page.items, targets), nextCursor: page.nextCursor };
}
