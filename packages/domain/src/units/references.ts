import { inTenant, officials, units } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { TenantContext } from "../context";
import { invalidReference } from "../errors";

/**
 * Checks that ids a client sent point at rows of this tenant. A reference to
 * another tenant's row fails exactly like a reference to nothing.
 */
export async function assertUnitExists(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(inTenant(units, ctx.tenant.id, eq(units.id, id)))
    .limit(1);
  if (!row) throw invalidReference(path, "unit");
}

export async function assertOfficialExists(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: officials.id })
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, eq(officials.id, id)))
    .limit(1);
  if (!row) throw invalidReference(path, "official");
}
