import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

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

export function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  let set = remoteSets.get(jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3_000, cooldownDuration: 30_000 });
    remoteSets.set(jwksUrl, set);
  }
  return set;
}
