import { inTenant, type UnitRow, units } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { toUnit, type Unit } from "./unit-view";

/** The unit row, or 404 when it is missing, another tenant's, or outside the actor's scope. */
export async function loadUnitRow(ctx: TenantContext, id: string): Promise<UnitRow> {
  const [row] = await ctx.db
    .select()
    .from(units)
    .where(inTenant(units, ctx.tenant.id, eq(units.id, id)))
    .limit(1);
  const visible = await visibleUnitIds(ctx);
  if (!row || (visible && !visible.includes(row.id))) {
    throw new DomainError("unit_not_found", "Không tìm thấy đơn vị · Unit not found");
  }
  return row;
}

export async function getUnit(ctx: TenantContext, id: string): Promise<Unit> {
  assertCan(ctx, "organisation:read");
  return toUnit(await loadUnitRow(ctx, id));
}
