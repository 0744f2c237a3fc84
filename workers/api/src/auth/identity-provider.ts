import { jwksUrlProblem } from "@kycuong/domain/tenants";
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { TokenError } from "./access-token";

/**
 * A tenant's own identity provider (a province SSO), from its settings.
 * Its JWKS is fetched by jose and cached per isolate (jose refreshes it
 * when an unknown `kid` appears, at most every 30 s).
 */
export interface IdentityProviderSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
  algorithms: string[];
  /** Which claim names the staff account: its email (default) or the subject. */
  accountClaim: "email" | "sub";
}

const remoteSets = new Map<string, JWTVerifyGetKey>();

/**
 * The provider's keys, fetched only from an https URL on a public host
 * (`jwksUrlProblem`), whatever the stored settings say: settings saved
 * before that rule are refused here. The dev stack may use http to a
 * loopback stand-in. jose does not follow redirects.
 */
export function remoteKeySet(jwksUrl: string, options: { devStack: boolean }): JWTVerifyGetKey {
  if (jwksUrlProblem(jwksUrl, { allowLoopback: options.devStack })) {
    throw new TokenError(
      "token_keys_unavailable",
      "Địa chỉ khóa của bên cấp danh tính không được phép · The identity provider's JWKS URL is not allowed",
    );
  }
  let set = remoteSets.get(jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3_000, cooldownDuration: 30_000 });
    remoteSets.set(jwksUrl, set);
  }
  return set;
}
