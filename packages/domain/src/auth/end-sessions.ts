import { refreshTokens, staffSessions } from "@kycuong/db";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { TenantContext } from "../context";

/**
 * Ends every console session of a user but `keep`, and every API refresh
 * token: for the batch of whatever takes the old access away (a password
 * changed or reset, an account disabled).
 */
export function endUserSessions(ctx: TenantContext, userId: string, keep?: string) {
  const at = ctx.now.toISOString();
  return [
    ctx.db
      .update(staffSessions)
      .set({ revokedAt: at })
      .where(
        and(
          eq(staffSessions.tenantId, ctx.tenant.id),
          eq(staffSessions.userId, userId),
          isNull(staffSessions.revokedAt),
          keep ? ne(staffSessions.id, keep) : undefined,
        ),
      ),
    ctx.db
      .update(refreshTokens)
      .set({ revokedAt: at })
      .where(
        and(
          eq(refreshTokens.tenantId, ctx.tenant.id),
          eq(refreshTokens.userId, userId),
          isNull(refreshTokens.revokedAt),
        ),
      ),
  ] as const;
}
