import { inTenant, officials, units } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";

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
  if (!row) throw invalidReference(path, "đơn vị · unit");
}

export async function assertOfficialExists(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: officials.id })
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, eq(officials.id, id)))
    .limit(1);
  if (!row) throw invalidReference(path, "cán bộ · official");
}

function invalidReference(path: string, what: string): DomainError {
  return new DomainError("invalid", "invalid_reference", `Tham chiếu không tồn tại · Unknown reference (${what})`, [
    { path, message: `Không tồn tại trong đơn vị này · No such ${what.split(" · ")[1]} in this tenant` },
  ]);
}
