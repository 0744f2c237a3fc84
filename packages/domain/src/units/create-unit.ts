import { isUniqueViolation, units } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { newId } from "../ids";
import { assertOfficialExists, assertUnitExists } from "./references";
import type { CreateUnit } from "./unit-input";
import { toUnit, type Unit } from "./unit-view";

export async function createUnit(ctx: TenantContext, input: CreateUnit): Promise<Unit> {
  assertCan(ctx, "organisation:write");
  if (input.parentId) await assertUnitExists(ctx, input.parentId, "body.parentId");
  if (input.headOfficialId) await assertOfficialExists(ctx, input.headOfficialId, "body.headOfficialId");
  const at = ctx.now.toISOString();
  const row = { id: newId(ctx.now), tenantId: ctx.tenant.id, ...input, active: true, createdAt: at, updatedAt: at };
  try {
    await ctx.db.batch([
      ctx.db.insert(units).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "unit.created",
        entityType: "unit",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code);
    throw error;
  }
  return toUnit(row);
}

export function duplicateCode(code: string): DomainError {
  return new DomainError("unit_code_taken", `Mã đơn vị "${code}" đã được dùng · Unit code "${code}" is taken`, [
    { path: "body.code", message: "Đã được dùng · Already taken" },
  ]);
}
