import { createLocalJWKSet, exportJWK, importJWK, type JWK, type JWTVerifyGetKey } from "jose";
import { MisconfiguredError } from "../env";

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  /** Every public key a token may be signed with: the current one first, then those being rotated out. */
  jwks: { keys: JWK[] };
  verifyKey: JWTVerifyGetKey;
}

const cache = new Map<string, Promise<SigningKeys>>();

/**
 * Keys from settings: `JWT_SIGNING_KEY` is the current private JWK (ES256,
 * with a `kid`); `JWT_PUBLIC_KEYS` optionally lists older public JWKs that
 * still verify, so a key is rotated without logging anyone out. Imported
 * once per isolate, not per request.
 */
export function signingKeys(signingKey: string, publicKeys: string | undefined): Promise<SigningKeys> {
  const cacheKey = `${signingKey}\n${publicKeys ?? ""}`;
  let keys = cache.get(cacheKey);
  if (!keys) {
    keys = load(signingKey, publicKeys);
    keys.catch(() => cache.delete(cacheKey));
    cache.set(cacheKey, keys);
  }
  return keys;
}

async function load(signingKey: string, publicKeys: string | undefined): Promise<SigningKeys> {
  let jwk: JWK;
  let extra: JWK[];
  try {
    jwk = JSON.parse(signingKey) as JWK;
    extra = publicKeys ? (JSON.parse(publicKeys) as JWK[]) : [];
  } catch {
    throw new MisconfiguredError(["JWT_SIGNING_KEY"]);
  }
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.d || !jwk.kid) throw new MisconfiguredError(["JWT_SIGNING_KEY"]);
  if (!Array.isArray(extra) || extra.some((k) => !k.kid || "d" in k)) throw new MisconfiguredError(["JWT_PUBLIC_KEYS"]);
  const privateKey = (await importJWK({ ...jwk, alg: "ES256" }, "ES256")) as CryptoKey;
  const { d: _private, key_ops: _ops, ext: _ext, ...publicPart } = jwk;
  const current = { ...(await exportJWK(await importJWK({ ...publicPart, alg: "ES256" }, "ES256"))), kid: jwk.kid };
  const keys = [current, ...extra].map((key) => ({ ...key, alg: "ES256", use: "sig" }));
  return { kid: jwk.kid, privateKey, jwks: { keys }, verifyKey: createLocalJWKSet({ keys }) };
}
