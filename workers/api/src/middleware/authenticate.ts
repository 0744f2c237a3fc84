import type { DomainContext, UserActor } from "@kycuong/domain/context";
import { type Account, loadAccount } from "@kycuong/domain/identity";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import {
  OWN_TOKEN_LIMITS,
  PROVIDER_TOKEN_LIMITS,
  peekIssuer,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  TokenError,
  verifyToken,
} from "../auth/access-token";
import { remoteKeySet } from "../auth/identity-provider";
import { signingKeys } from "../auth/signing-keys";
import type { AppEnv } from "../http/app-env";

/** The bearer token of a request, or 401 `token_missing`. */
function bearerToken(c: Context<AppEnv>): string {
  const header = c.req.header("Authorization") ?? "";
  const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  if (!match?.[1]) throw new TokenError("token_missing", "Cần đăng nhập · A bearer token is required");
  return match[1];
}

export function actorOf(account: Account): UserActor {
  return {
    type: "user",
    userId: account.userId,
    email: account.email,
    tenantId: account.tenantId,
    roles: account.roles,
    unitId: account.unitId,
  };
}

function systemContext(c: Context<AppEnv>): DomainContext {
  return { db: c.var.db, now: new Date(), actor: { type: "public" }, requestId: c.var.requestId };
}

/**
 * Verifies the bearer token and loads the account behind it. Our own tokens
 * verify against our keys and must belong to a live session (`sid`: ended by
 * logout at once); on tenant routes, a token from the tenant's own identity
 * provider verifies against that provider's JWKS and maps to a staff account
 * by email (or subject). Either must carry `exp` and `iat` and be young
 * enough (`OWN_TOKEN_LIMITS`, `PROVIDER_TOKEN_LIMITS`).
 */
export async function authenticateRequest(
  c: Context<AppEnv>,
  tenantSlug?: string,
): Promise<{ account: Account; tenantStatus: "active" | "suspended" | null }> {
  const token = bearerToken(c);
  const issuer = peekIssuer(token);
  const ctx = systemContext(c);
  if (issuer === TOKEN_ISSUER || !tenantSlug) {
    const keys = await signingKeys(c.var.config.JWT_SIGNING_KEY, c.var.config.JWT_PUBLIC_KEYS);
    const payload = await verifyToken(token, {
      key: keys.verifyKey,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      algorithms: ["ES256"],
      limits: OWN_TOKEN_LIMITS,
      now: ctx.now,
    });
    const tenantClaim = typeof payload.tid === "string" ? payload.tid : null;
    if (typeof payload.sid !== "string" || payload.sid.length === 0) {
      throw new TokenError("token_invalid", "Mã truy cập không thuộc phiên nào · The token names no session (sid)");
    }
    return loadAccount(ctx, { userId: payload.sub, tenantSlug: tenantClaim, sessionId: payload.sid });
  }
  // Another issuer: only a tenant that trusts it can vouch for the token.
  const tenant = await resolveTenant(ctx, tenantSlug).catch(() => null);
  const provider = tenant?.settings.identityProvider;
  if (!tenant || !provider || provider.issuer !== issuer) {
    throw new TokenError("token_wrong_issuer", "Bên phát hành không được tin cậy · The token issuer is not trusted");
  }
  const payload = await verifyToken(token, {
    key: remoteKeySet(provider.jwksUrl, { devStack: c.var.config.ENVIRONMENT === "dev" }),
    issuer: provider.issuer,
    audience: provider.audience,
    algorithms: provider.algorithms,
    limits: PROVIDER_TOKEN_LIMITS,
    now: ctx.now,
  });
  const claim = payload[provider.accountClaim];
  if (typeof claim !== "string")
    throw new TokenError("token_invalid", `Thiếu ${provider.accountClaim} · No ${provider.accountClaim} claim`);
  return loadAccount(ctx, { tenantId: tenant.id, email: claim });
}

/** For staff routes outside a tenant (`/v1/auth/me`, `/v1/platform/…`): 401 unless signed in. */
export function authenticate() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { account, tenantStatus } = await authenticateRequest(c);
    if (tenantStatus === "suspended") {
      throw new TokenError("tenant_suspended", "Đơn vị đang bị tạm ngưng · The tenant is suspended");
    }
    c.set("actor", actorOf(account));
    if (account.tenantSlug) c.set("tenantSlug", account.tenantSlug);
    await next();
  });
}
