import type { TenantContext } from "../context";
import { DomainError } from "../errors";

/**
 * The seal key of violation records: ES256 (ECDSA P-256 with SHA-256, the
 * signature as r‖s in base64url, as in a JWS). Only the Worker holds the
 * private key (SEAL_PRIVATE_KEY); the public keys, old ones included, are
 * published at /.well-known/seal-keys.json so anyone can check a seal offline.
 */
export interface RecordSeal {
  /** The key id new seals are made with. */
  kid: string;
  /** Signs the UTF-8 bytes of `data` (a hex content or event hash). */
  sign(data: string): Promise<string>;
  /** True when `signature` over `data` checks with the published key `kid`. */
  verify(kid: string, data: string, signature: string): Promise<boolean>;
  /** Every public key, the current one first: a JSON Web Key Set's `keys`. */
  publicKeys: (JsonWebKey & { kid: string })[];
}

const ES256 = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

/**
 * Loads the seal from settings: `privateJwk` is the current private EC P-256
 * JWK with a `kid`; `publicKeys` an optional JSON array of older public JWKs
 * that still verify the records they sealed. Throws on a malformed key.
 */
export async function loadRecordSeal(privateJwk: string, publicKeys?: string): Promise<RecordSeal> {
  const jwk = JSON.parse(privateJwk) as JsonWebKey & { kid?: string };
  const older = (publicKeys ? JSON.parse(publicKeys) : []) as (JsonWebKey & { kid?: string })[];
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.d || !jwk.kid) throw new Error("SEAL_PRIVATE_KEY");
  if (!Array.isArray(older) || older.some((k) => !k.kid || "d" in k)) throw new Error("SEAL_PUBLIC_KEYS");
  const kid = jwk.kid;
  const privateKey = await crypto.subtle.importKey(
    "jwk",
    { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, d: jwk.d },
    ES256,
    false,
    ["sign"],
  );
  const current = { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, kid };
  const published = [current, ...older.map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid: kid as string }))].map(
    (key) => ({ ...key, alg: "ES256", use: "sig" }),
  );
  const verifiers = new Map<string, Promise<CryptoKey>>();
  const verifierFor = (keyId: string) => {
    const key = published.find((k) => k.kid === keyId);
    if (!key) return null;
    let imported = verifiers.get(keyId);
    if (!imported) {
      imported = crypto.subtle.importKey("jwk", { kty: key.kty, crv: key.crv, x: key.x, y: key.y }, ES256, false, [
        "verify",
      ]);
      verifiers.set(keyId, imported);
    }
    return imported;
  };
  return {
    kid,
    publicKeys: published,
    async sign(data) {
      const signature = await crypto.subtle.sign(SIGN, privateKey, new TextEncoder().encode(data));
      return toBase64Url(new Uint8Array(signature));
    },
    async verify(keyId, data, signature) {
      const key = await verifierFor(keyId);
      const bytes = fromBase64Url(signature);
      if (!key || !bytes) return false;
      return crypto.subtle.verify(SIGN, key, bytes, new TextEncoder().encode(data));
    },
  };
}

/** The context's seal, or 500 `misconfigured` naming the missing setting. */
export async function sealOf(ctx: TenantContext): Promise<RecordSeal> {
  if (!ctx.seal) {
    throw new DomainError(
      "misconfigured",
      "Thiếu khóa niêm phong SEAL_PRIVATE_KEY · The seal key SEAL_PRIVATE_KEY is not configured",
    );
  }
  return ctx.seal();
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
