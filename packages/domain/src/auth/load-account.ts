import { tenants, users } from "@kycuong/db";
import { and, eq, isNull } from "drizzle-orm";
import type { DomainContext } from "../context";
import { DomainError, type ProblemCode } from "../errors";
import { type Account, toAccount } from "./account";

const rejected = (code: ProblemCode, message: string) => new DomainError(code, message);

/**
 * The account behind a verified token, as it is now: a token outliving its
 * user's disabling (or a deleted user) stops working at once.
 * Returns the tenant's status too: tenant routes answer 403 for a suspended one.
 */
export async function loadAccount(
  ctx: DomainContext,
  /**
   * `userId` with the tenant slug the token names (null for platform admins):
   * a token whose tenant claim disagrees with its account matches nothing.
   */
  by: { userId: string; tenantSlug: string | null } | { tenantId: string; email: string },
): Promise<{ account: Account; tenantStatus: "active" | "suspended" | null }> {
  const [found] = await ctx.db
    .select({ user: users, tenantSlug: tenants.slug, tenantStatus: tenants.status })
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
  return { account: toAccount(found.user, found.tenantSlug), tenantStatus: found.tenantStatus };
}
