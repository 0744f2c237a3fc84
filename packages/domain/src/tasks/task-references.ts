import { inTenant, units } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { TenantContext } from "../context";
import { invalidReference } from "../errors";

/**
 * A task goes to a unit of this tenant that still works: a deactivated unit
 * has nobody to do it or to receive its overdue alerts.
 */
export async function assertActiveUnit(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ active: units.active })
    .from(units)
    .where(inTenant(units, ctx.tenant.id, eq(units.id, id)))
    .limit(1);
  if (row?.active) return;
  throw invalidReference(path, "unit", row ? "inactive" : "missing");
}
