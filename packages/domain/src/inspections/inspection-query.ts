import { inspections, inspectionTargets, inspectionTeams, inTenant, units } from "@kycuong/db";
import { and, asc, desc, eq, inArray, isNotNull, not, or, type SQL, sql } from "drizzle-orm";
import type { Permission } from "../access/permissions";
import { type UnitReach, unitReach } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { inspectionNotFound } from "./inspection-errors";
import { type Inspection, type InspectionSelection, toInspection } from "./inspection-view";

/**
 * Inspections newest first, limited in the query itself to what
 * `permission` reaches for the actor. A unit head sees an inspection only
 * when one of its targets is in their subtree and it is planned or has
 * started: a surprise inspection of their commune stays hidden until the
 * team arrives, whatever other reading role they hold.
 */
export async function selectInspections(
  ctx: TenantContext,
  permission: Permission,
  conditions: (SQL | undefined)[],
  limit: number,
): Promise<InspectionSelection[]> {
  const reach = await unitReach(ctx, permission);
  if (reach.units?.length === 0) return [];
  return inspectionsQuery(ctx, reach, conditions, limit);
}

/** The statement behind `selectInspections`, for a batch; `reach` is the actor's (its units never empty). */
export function inspectionsQuery(ctx: TenantContext, reach: UnitReach, conditions: (SQL | undefined)[], limit: number) {
  return ctx.db
    .select({ inspection: inspections, team: { id: inspectionTeams.id, name: inspectionTeams.name } })
    .from(inspections)
    .leftJoin(
      inspectionTeams,
      and(eq(inspectionTeams.id, inspections.teamId), eq(inspectionTeams.tenantId, inspections.tenantId)),
    )
    .where(inTenant(inspections, ctx.tenant.id, inspectionScope(ctx, reach), ...conditions))
    .orderBy(desc(inspections.id))
    .limit(limit);
}

/** The ids `inspectionsQuery` would answer, as a subquery: a batch reads a page's targets beside the page. */
export function inspectionIdsQuery(
  ctx: TenantContext,
  reach: UnitReach,
  conditions: (SQL | undefined)[],
  limit: number,
) {
  return ctx.db
    .select({ id: inspections.id })
    .from(inspections)
    .where(inTenant(inspections, ctx.tenant.id, inspectionScope(ctx, reach), ...conditions))
    .orderBy(desc(inspections.id))
    .limit(limit);
}

/**
 * Inspections targeting the reach's units; and none that is a surprise not
 * yet started and targets a unit kept from the actor (see `UnitReach.keptFrom`).
 */
function inspectionScope(ctx: TenantContext, reach: UnitReach): SQL | undefined {
  return and(
    reach.units ? targetsAnyOf(ctx, inArray(inspectionTargets.unitId, reach.units)) : undefined,
    reach.keptFrom.length > 0
      ? or(
          eq(inspections.kind, "planned"),
          isNotNull(inspections.startedAt),
          not(targetsAnyOf(ctx, inArray(inspectionTargets.unitId, reach.keptFrom))),
        )
      : undefined,
  );
}

/** `exists` a target of the inspection matching `condition`. */
export function targetsAnyOf(ctx: TenantContext, condition: SQL): SQL {
  return sql`exists (select 1 from ${inspectionTargets} where ${inspectionTargets.tenantId} = ${ctx.tenant.id}
    and ${inspectionTargets.inspectionId} = ${inspections.id} and ${condition})`;
}

/** One inspection the actor may see, or 404 (missing, another tenant's, or hidden from a unit head). */
export async function findInspection(
  ctx: TenantContext,
  id: string,
  permission: Permission,
): Promise<InspectionSelection> {
  const [row] = await selectInspections(ctx, permission, [eq(inspections.id, id)], 1);
  if (!row) throw inspectionNotFound();
  return row;
}

/** The rows as the API shows them, each with its target units' names. */
export async function withTargets(ctx: TenantContext, rows: InspectionSelection[]): Promise<Inspection[]> {
  if (rows.length === 0) return [];
  const targets = await targetsQuery(
    ctx,
    rows.map((r) => r.inspection.id),
  );
  return attachTargets(rows, targets);
}

/** The target units of these inspections (ids, or a subquery of ids), for a batch. */
export function targetsQuery(ctx: TenantContext, inspectionIds: string[] | ReturnType<typeof inspectionIdsQuery>) {
  return ctx.db
    .select({ inspectionId: inspectionTargets.inspectionId, id: units.id, name: units.name })
    .from(inspectionTargets)
    .innerJoin(units, and(eq(units.id, inspectionTargets.unitId), eq(units.tenantId, inspectionTargets.tenantId)))
    .where(inTenant(inspectionTargets, ctx.tenant.id, inArray(inspectionTargets.inspectionId, inspectionIds)))
    .orderBy(asc(units.name));
}

export function attachTargets(
  rows: InspectionSelection[],
  targets: { inspectionId: string; id: string; name: string }[],
): Inspection[] {
  return rows.map((row) =>
    toInspection(
      row,
      targets.filter((t) => t.inspectionId === row.inspection.id).map(({ id, name }) => ({ id, name })),
    ),
  );
}
