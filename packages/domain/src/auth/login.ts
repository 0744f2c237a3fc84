import { tenants, users } from "@kycuong/db";
import { and, eq, isNull } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { type Account, toAccount } from "./account";
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys } from "./login-throttle";
import { UNKNOWN_USER_HASH, verifyPassword } from "./password-hash";
import { newRefreshToken } from "./refresh-tokens";

export interface LoginInput {
  /** A tenant's slug; omitted by platform admins. */
  tenant?: string | undefined;
  email: string;
  password: string;
  /**
   * Who is asking: what the request's rate limits key on (a keyed hash of its
   * address), or null when the request has no address (outside Cloudflare).
   * Failures slow down this client, never the account for everyone.
   */
  client: string | null;
}

const invalidCredentials = () =>
  new DomainError("invalid_credentials", "Email hoặc mật khẩu không đúng · Wrong email or password");

/** What a successful password check leaves for the sign-in that follows it. */
interface CheckedLogin {
  account: Account;
  /** The signed-in user as the actor of the sign-in's own audit entry. */
  actorCtx: DomainContext;
  /** The statements every sign-in writes: throttle cleared, last login, audit (`via` says where). */
  signedIn: (via: "api" | "console") => [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];
}

/**
 * Checks a password, for the API's tokens and the console's sessions alike.
 * Every failure answers the same whether the tenant or email exists or not
 * (same code, same work: an unknown email is still hashed), is counted
 * toward the throttle (per account and client, per client, and per account to
 * see an attack: see login-throttle.ts), and is audited.
 */
export async function checkPassword(ctx: DomainContext, input: LoginInput): Promise<CheckedLogin> {
  const email = input.email.trim().toLowerCase();
  const keys = await throttleKeys(input.tenant ?? null, email, input.client);
  await assertNotThrottled(ctx, keys);

  const [found] = await ctx.db
    .select({ user: users, tenantSlug: tenants.slug, tenantStatus: tenants.status })
    .from(users)
    .leftJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.email, email), input.tenant ? eq(tenants.slug, input.tenant) : isNull(users.tenantId)))
    .limit(1);

  const passwordOk = await verifyPassword(input.password, found?.user.passwordHash ?? UNKNOWN_USER_HASH);
  const usable = found && passwordOk && found.user.status === "active" && found.tenantStatus !== "suspended";
  const tenantId = found?.user.tenantId ?? null;

  if (!found || !usable) {
    await ctx.db.batch([
      ...recordFailure(ctx, keys),
      auditEntry(ctx, {
        tenantId,
        action: "auth.login_failed",
        entityType: "user",
        entityId: found?.user.id ?? null,
        after: { email, tenant: input.tenant ?? null, client: input.client },
      }),
    ]);
    if (found && passwordOk && found.tenantStatus === "suspended") {
      throw new DomainError("tenant_suspended", "Đơn vị đang bị tạm ngưng · The tenant is suspended");
    }
    throw invalidCredentials();
  }

  const account = toAccount(found.user, found.tenantSlug);
  const actorCtx: DomainContext = {
    ...ctx,
    actor: { type: "user", userId: account.userId, email, tenantId, roles: account.roles, unitId: account.unitId },
  };
  return {
    account,
    actorCtx,
    signedIn: (via) => [
      clearFailures(ctx, keys),
      ctx.db.update(users).set({ lastLoginAt: ctx.now.toISOString() }).where(eq(users.id, account.userId)),
      auditEntry(actorCtx, {
        tenantId,
        action: "auth.login",
        entityType: "user",
        entityId: account.userId,
        after: { via },
      }),
    ],
  };
}

/**
 * An API sign-in: the account, a new refresh token, and the session it
 * starts (the token family's id, which access tokens carry as `sid`).
 */
export async function login(
  ctx: DomainContext,
  input: LoginInput,
): Promise<{ account: Account; refreshToken: string; sessionId: string }> {
  const checked = await checkPassword(ctx, input);
  const sessionId = newId(ctx.now);
  const refresh = await newRefreshToken(ctx, checked.account, sessionId);
  await ctx.db.batch([refresh.insert, ...checked.signedIn("api")]);
  return { account: checked.account, refreshToken: refresh.token, sessionId };
}
