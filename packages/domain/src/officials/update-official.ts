import { inTenant, isUniqueViolation, officials } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { assertUnitExists } from "../units/references";
import { collidedFields, duplicateOfficial } from "./duplicate-official";
import { loadOfficialRow } from "./get-official";
import type { UpdateOfficial } from "./official-input";
import { type Official, toOfficial } from "./official-view";

export async function updateOfficial(
  ctx: TenantContext,
  id: string,
  input: UpdateOfficial,
  action = "official.updated",
): Promise<Official> {
  assertCan(ctx, "organisation:write");
  const before = await loadOfficialRow(ctx, id);
  if (input.unitId) await assertUnitExists(ctx, input.unitId, "body.unitId");
  const after = { ...before, ...input, updatedAt: ctx.now.toISOString() };
  try {
    await ctx.db.batch([
      ctx.db
        .update(officials)
        .set({ ...input, updatedAt: after.updatedAt })
        .where(inTenant(officials, ctx.tenant.id, eq(officials.id, id))),
      auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "official", entityId: id, before, after }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateOfficial(collidedFields(error));
    throw error;
  }
  return toOfficial(after);
}
