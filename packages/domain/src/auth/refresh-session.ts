import { refreshTokens, tenants, users } from "@kycuong/db";
import { and, eq, isNull } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { DomainError, type ProblemCode } from "../errors";
import { type Account, toAccount } from "./account";
import { newRefreshToken } from "./refresh-tokens";
import { sha256Hex } from "./secret-token";

const rejected = (code: ProblemCode, message: string) => new DomainError(code, message);

/**
 * Spends a refresh token and issues its successor in the same family (the
 * session, whose id access tokens carry as `sid`).
 * A token already spent means two parties hold it: the whole family is
 * revoked, and both must log in again.
 */
export async function refreshSession(
  ctx: DomainContext,
  presented: string,
): Promise<{ account: Account; refreshToken: string; sessionId: string }> {
  const tokenHash = await sha256Hex(presented);
  const [found] = await ctx.db
    .select({ token: refreshTokens, user: users, tenantSlug: tenants.slug, tenantStatus: tenants.status })
    .from(refreshTokens)
    .innerJoin(users, eq(users.id, refreshTokens.userId))
    .leftJoin(tenants, eq(tenants.id, users.tenantId))
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .limit(1);
  const invalid = () =>
    rejected("refresh_token_invalid", "Phiên đăng nhập không hợp lệ · The refresh token is invalid");
  if (!found || found.token.revokedAt) throw invalid();

  const { token, user } = found;
  const at = ctx.now.toISOString();
  if (token.usedAt) {
    await ctx.db.batch([
      revokeFamilyStatement(ctx, token.familyId, token.tenantId),
      auditEntry(ctx, {
        tenantId: token.tenantId,
        action: "auth.refresh_reused",
        entityType: "user",
        entityId: user.id,
        after: { familyId: token.familyId },
      }),
    ]);
    throw rejected(
      "refresh_token_reused",
      "Phiên đăng nhập đã bị dùng lại nên bị thu hồi · The refresh token was reused; the session is revoked",
    );
  }
  if (Date.parse(token.expiresAt) <= ctx.now.getTime()) throw invalid();
  if (user.status !== "active" || found.tenantStatus === "suspended") throw invalid();

  const account = toAccount(user, found.tenantSlug);
  const next = await newRefreshToken(ctx, account, token.familyId);
  // Spending is conditional on the token still being unspent and unrevoked, so
  // two concurrent refreshes with the same token cannot both succeed, and a
  // logout landing meanwhile is not outlived by a successor.
  const [spend] = await ctx.db.batch([
    ctx.db
      .update(refreshTokens)
      .set({ usedAt: at })
      .where(and(eq(refreshTokens.id, token.id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id }),
    next.insert,
  ]);
  if (spend.length === 0) {
    await ctx.db.batch([revokeFamilyStatement(ctx, token.familyId, token.tenantId)]);
    throw rejected("refresh_token_reused", "Phiên đăng nhập đã bị dùng lại · The refresh token was reused");
  }
  return { account, refreshToken: next.token, sessionId: token.familyId };
}

/** Revokes every token of a family (logout, or reuse detected). */
export function revokeFamilyStatement(ctx: DomainContext, familyId: string, tenantId: string | null) {
  return ctx.db
    .update(refreshTokens)
    .set({ revokedAt: ctx.now.toISOString() })
    .where(
      and(
        tenantId ? eq(refreshTokens.tenantId, tenantId) : isNull(refreshTokens.tenantId),
        eq(refreshTokens.familyId, familyId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}
