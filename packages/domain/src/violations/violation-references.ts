import { inspections, inTenant, officials, reports, violationTypes } from "@kycuong/db";
import { eq, inArray } from "drizzle-orm";
import type { TenantContext } from "../context";
import { invalidReference } from "../errors";

/** An active violation type of the tenant's catalogue, by code. */
export async function assertViolationType(ctx: TenantContext, code: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ active: violationTypes.active })
    .from(violationTypes)
    .where(inTenant(violationTypes, ctx.tenant.id, eq(violationTypes.code, code)))
    .limit(1);
  if (!row?.active) throw invalidReference(path, "violation_type", row ? "inactive" : "missing");
}

export async function assertInspection(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: inspections.id })
    .from(inspections)
    .where(inTenant(inspections, ctx.tenant.id, eq(inspections.id, id)))
    .limit(1);
  if (!row) throw invalidReference(path, "inspection");
}

export async function assertReport(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: reports.id })
    .from(reports)
    .where(inTenant(reports, ctx.tenant.id, eq(reports.id, id)))
    .limit(1);
  if (!row) throw invalidReference(path, "report");
}

/** Each named official's current unit; any id that is not this tenant's official is a 400. */
export async function officialUnits(ctx: TenantContext, ids: string[], path: string): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await ctx.db
    .select({ id: officials.id, unitId: officials.unitId })
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, inArray(officials.id, unique)));
  const found = new Map(rows.map((r) => [r.id, r.unitId]));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw invalidReference(`${path}.${missing}`, "official");
  return found;
}
