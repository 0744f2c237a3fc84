import { inTenant, isUniqueViolation, units } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { duplicateCode } from "./create-unit";
import { loadUnitRow } from "./get-unit";
import { assertOfficialExists, assertUnitExists } from "./references";
import type { UpdateUnit } from "./unit-input";
import { toUnit, type Unit } from "./unit-view";

export async function updateUnit(
  ctx: TenantContext,
  id: string,
  input: UpdateUnit,
  action = "unit.updated",
): Promise<Unit> {
  assertCan(ctx, "organisation:write");
  const before = await loadUnitRow(ctx, id);
  if (input.parentId) {
    await assertUnitExists(ctx, input.parentId, "body.parentId");
    await assertNotOwnDescendant(ctx, id, input.parentId);
  }
  if (input.headOfficialId) await assertOfficialExists(ctx, input.headOfficialId, "body.headOfficialId");
  const after = { ...before, ...input, updatedAt: ctx.now.toISOString() };
  try {
    await ctx.db.batch([
      ctx.db
        .update(units)
        .set({ ...input, updatedAt: after.updatedAt })
        .where(inTenant(units, ctx.tenant.id, eq(units.id, id))),
      auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "unit", entityId: id, before, after }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error) && input.code) throw duplicateCode(input.code);
    throw error;
  }
  return toUnit(after);
}

/** A unit cannot move under itself or under one of its own sub-units. */
async function assertNotOwnDescendant(ctx: TenantContext, id: string, newParentId: string): Promise<void> {
  const rows = await ctx.db.all<{ id: string }>(sql`
    with recursive subtree(id) as (
      select ${id}
      union
      select u.id from ${units} u join subtree s on u.parent_id = s.id where u.tenant_id = ${ctx.tenant.id}
    )
    select id from subtree where id = ${newParentId}`);
  if (rows.length > 0) {
    throw new DomainError("unit_cycle", "Đơn vị không thể nằm dưới chính nó · A unit cannot sit under itself", [
      { path: "body.parentId", message: "Tạo vòng lặp · Would create a cycle" },
    ]);
  }
}
