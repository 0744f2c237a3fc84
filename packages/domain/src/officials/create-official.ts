import { isUniqueViolation, officials } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../ids";
import { assertUnitExists } from "../units/references";
import { collidedFields, duplicateOfficial } from "./duplicate-official";
import type { CreateOfficial } from "./official-input";
import { type Official, toOfficial } from "./official-view";

export async function createOfficial(ctx: TenantContext, input: CreateOfficial): Promise<Official> {
  assertCan(ctx, "organisation:write");
  await assertUnitExists(ctx, input.unitId, "body.unitId");
  const at = ctx.now.toISOString();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    ...input,
    status: "active" as const,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await ctx.db.batch([
      ctx.db.insert(officials).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "official.created",
        entityType: "official",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateOfficial(collidedFields(error));
    throw error;
  }
  return toOfficial(row);
}
