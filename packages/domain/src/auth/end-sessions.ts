import { inTenantOrPlatform, refreshTokens, staffSessions } from "@kycuong/db";
import { eq, isNull, ne } from "drizzle-orm";
import type { DomainContext, TenantContext } from "../context";

/**
 * Ends every console session of a user but `keep`, and every API refresh
 * token: for the batch of whatever takes the old access away (a password
 * changed or reset, an account disabled).
 */
export function endUserSessions(ctx: TenantContext, userId: string, keep?: string) {
  return endAccountSessions(ctx, ctx.tenant.id, userId, keep);
}

/** `endUserSessions` for an account of a tenant, or of the platform (`tenantId` null: a platform admin). */
export function endAccountSessions(ctx: DomainContext, tenantId: string | null, userId: string, keep?: string) {
  const at = ctx.now.toISOString();
  return [
    ctx.db
      .update(staffSessions)
      .set({ revokedAt: at })
      .where(
        inTenantOrPlatform(
          staffSessions,
          tenantId,
          eq(staffSessions.userId, userId),
          isNull(staffSessions.revokedAt),
          keep ? ne(staffSessions.id, keep) : undefined,
        ),
      ),
    ctx.db
      .update(refreshTokens)
      .set({ revokedAt: at })
      .where(
        inTenantOrPlatform(refreshTokens, tenantId, eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)),
      ),
  ] as const;
}
