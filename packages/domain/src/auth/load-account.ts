import { refreshTokens, tenants, users } from "@kycuong/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DomainContext } from "../context";
import { DomainError, type ProblemCode } from "../errors";
import { type Account, toAccount } from "./account";

const rejected = (code: ProblemCode, message: string) => new DomainError(code, message);

/**
 * The account behind a verified token, as it is now: a token outliving its
 * user's disabling (or a deleted user) stops working at once, and so does
 * one of ours whose session has ended (logout, a reused refresh token, a
 * password changed or reset): checked in the same query, one round trip.
 * Returns the tenant's status too: tenant routes answer 403 for a suspended one.
 */
export async function loadAccount(
  ctx: DomainContext,
  /**
   * `userId` with the tenant slug the token names (null for platform admins)
   * and its session (`sid`, a refresh-token family): a token whose tenant
   * claim disagrees with its account matches nothing. Or, for a tenant's
   * identity provider's token, the account it names (its sessions are the
   * provider's).
   */
  by: { userId: string; tenantSlug: string | null; sessionId: string } | { tenantId: string; email: string },
): Promise<{ account: Account; tenantStatus: "active" | "suspended" | null }> {
  // 1 while every token of the session is unrevoked, 0 once it is revoked (a
  // revocation always takes the whole family), null for no such session.
  const sessionLive =
    "sessionId" in by
      ? sql<number | null>`(select min(${refreshTokens.revokedAt} is null) from ${refreshTokens}
          where ${refreshTokens.tenantId} is ${users.tenantId} and ${refreshTokens.familyId} = ${by.sessionId}
          and ${refreshTokens.userId} = ${users.id})`
      : sql<null>`null`;
  const [found] = await ctx.db
    .select({ user: users, tenantSlug: tenants.slug, tenantStatus: tenants.status, sessionLive })
    .from(users)
    .leftJoin(tenants, eq(tenants.id, users.tenantId))
    .where(
      "userId" in by
        ? and(eq(users.id, by.userId), by.tenantSlug ? eq(tenants.slug, by.tenantSlug) : isNull(users.tenantId))
        : and(eq(users.tenantId, by.tenantId), eq(users.email, by.email.trim().toLowerCase())),
    )
    .limit(1);
  if (!found) throw rejected("unknown_user", "Tài khoản không tồn tại · No such account");
  if (found.user.status !== "active") throw rejected("user_disabled", "Tài khoản đã bị khóa · The account is disabled");
  if ("sessionId" in by && found.sessionLive !== 1) {
    throw rejected(
      "token_revoked",
      "Phiên đăng nhập đã kết thúc; hãy đăng nhập lại · The session has ended; log in again",
    );
  }
  return { account: toAccount(found.user, found.tenantSlug), tenantStatus: found.tenantStatus };
}
