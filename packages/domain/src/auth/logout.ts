import { refreshTokens } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { revokeFamilyStatement } from "./refresh-session";
import { sha256Hex } from "./secret-token";

/** Ends the session the refresh token belongs to: its whole family is revoked. Idempotent. */
export async function logout(ctx: DomainContext, presented: string): Promise<void> {
  const [token] = await ctx.db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, await sha256Hex(presented)))
    .limit(1);
  if (!token || token.revokedAt) return;
  await ctx.db.batch([
    revokeFamilyStatement(ctx, token.familyId, token.tenantId),
    auditEntry(ctx, { tenantId: token.tenantId, action: "auth.logout", entityType: "user", entityId: token.userId }),
  ]);
}
