import type { ProblemCode } from "@kycuong/domain/errors";
import type { Account } from "@kycuong/domain/identity";
import { decodeJwt, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from "jose";
import type { SigningKeys } from "./signing-keys";

export const TOKEN_ISSUER = "urn:kycuong:api";
export const TOKEN_AUDIENCE = "urn:kycuong:staff";
export const ACCESS_TOKEN_SECONDS = 15 * 60;
/** Clock skew tolerated between us and whoever issued a token, on `exp`, `nbf` and `iat`. */
export const CLOCK_SKEW_SECONDS = 5;

/**
 * How long a token is accepted, whatever its `exp` says: `iat` must be
 * present and no older than `maxAgeSeconds`, and a token meant to live
 * longer than `maxLifetimeSeconds` (exp - iat) is refused outright.
 * Ours: exactly what we issue. A tenant's identity provider: an hour of
 * use, and at most a day of intended life (some providers issue 60–90 min
 * tokens; none issues day-long access tokens on purpose).
 */
export interface TokenAgeLimits {
  maxAgeSeconds: number;
  maxLifetimeSeconds: number;
}
export const OWN_TOKEN_LIMITS: TokenAgeLimits = {
  maxAgeSeconds: ACCESS_TOKEN_SECONDS,
  maxLifetimeSeconds: ACCESS_TOKEN_SECONDS,
};
export const PROVIDER_TOKEN_LIMITS: TokenAgeLimits = { maxAgeSeconds: 60 * 60, maxLifetimeSeconds: 24 * 60 * 60 };

/**
 * Claims of our access tokens. `roles` and `unit` describe the account at
 * issue time; `sid` is the session (refresh-token family) the token belongs
 * to, so ending the session ends the token.
 */
export interface AccessClaims extends JWTPayload {
  sub: string;
  sid: string;
  tid?: string;
  roles: string[];
  unit?: string;
}

export function signAccessToken(keys: SigningKeys, account: Account, sessionId: string, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    sid: sessionId,
    roles: account.roles,
    ...(account.tenantSlug ? { tid: account.tenantSlug } : {}),
    ...(account.unitId ? { unit: account.unitId } : {}),
  })
    .setProtectedHeader({ alg: "ES256", kid: keys.kid, typ: "JWT" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(account.userId)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_SECONDS)
    .sign(keys.privateKey);
}

/** A token failure with the stable code a client sees (always a 401). */
export class TokenError extends Error {
  override readonly name = "TokenError";
  constructor(
    readonly code: Extract<ProblemCode, `token_${string}`> | "tenant_suspended",
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyOptions {
  key: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  algorithms: string[];
  limits: TokenAgeLimits;
  now: Date;
}

/** Verifies signature, issuer, audience and time: `exp` and `iat` are required, the age bounded by `limits`. */
export async function verifyToken(token: string, options: VerifyOptions): Promise<JWTPayload & { sub: string }> {
  try {
    const { payload } = await jwtVerify(token, options.key, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: options.algorithms,
      currentDate: options.now,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ["exp", "iat", "sub"],
      maxTokenAge: options.limits.maxAgeSeconds,
    });
    const { sub, exp = 0, iat = 0 } = payload;
    if (typeof sub !== "string" || sub.length === 0) throw new TokenError("token_invalid", "no subject");
    if (exp - iat > options.limits.maxLifetimeSeconds) {
      throw new TokenError(
        "token_invalid",
        "Mã truy cập có thời hạn dài quá mức cho phép · The token is meant to live longer than allowed",
      );
    }
    return { ...payload, sub };
  } catch (error) {
    throw toTokenError(error);
  }
}

/**
 * Reads the issuer of a token before verifying it, only to choose which keys
 * verify it (ours, or a tenant's identity provider). Nothing else is trusted
 * until `verifyToken` has checked the signature.
 */
export function peekIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new TokenError("token_malformed", "Mã truy cập sai định dạng · The token is malformed");
  }
}

function toTokenError(error: unknown): TokenError {
  if (error instanceof TokenError) return error;
  if (error instanceof errors.JWTExpired)
    return new TokenError("token_expired", "Mã truy cập đã hết hạn · The token has expired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") {
      return new TokenError("token_invalid", `Thiếu ${error.claim} · The token has no ${error.claim}`);
    }
    if (error.claim === "nbf" || error.claim === "iat") {
      return new TokenError("token_not_yet_valid", "Mã truy cập chưa có hiệu lực · The token is not valid yet");
    }
    if (error.claim === "iss") return new TokenError("token_wrong_issuer", "Sai bên phát hành · Wrong token issuer");
    if (error.claim === "aud") return new TokenError("token_wrong_audience", "Sai đối tượng · Wrong token audience");
    return new TokenError("token_invalid", "Mã truy cập không hợp lệ · The token is invalid");
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new TokenError("token_unknown_key", "Khóa ký không được biết · The signing key (kid) is unknown");
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new TokenError(
      "token_algorithm_not_allowed",
      "Thuật toán ký không được chấp nhận · Signing algorithm not allowed",
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new TokenError("token_bad_signature", "Chữ ký không hợp lệ · The signature is invalid");
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new TokenError("token_keys_unavailable", "Không lấy được khóa xác thực · Verification keys are unavailable");
  }
  return new TokenError("token_invalid", "Mã truy cập không hợp lệ · The token is invalid");
}
