import { webcrypto } from "node:crypto";

/** A fresh ES256 key pair as JWKs (for a dev machine or one test run: no key is ever committed). */
export async function generateSigningJwk(kid: string) {
  const pair = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const privateJwk = await webcrypto.subtle.exportKey("jwk", pair.privateKey);
  const { d: _d, key_ops: _ops, ext: _ext, ...publicJwk } = privateJwk;
  return { privateJwk: { ...privateJwk, kid, alg: "ES256" }, publicJwk: { ...publicJwk, kid, alg: "ES256" } };
}

/** An RS256 key pair for the stand-in identity provider. */
export async function generateRsaJwk(kid: string) {
  const pair = await webcrypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const privateJwk = await webcrypto.subtle.exportKey("jwk", pair.privateKey);
  const publicJwk = await webcrypto.subtle.exportKey("jwk", pair.publicKey);
  return {
    privateJwk: { ...privateJwk, kid, alg: "RS256" },
    publicJwk: { kty: publicJwk.kty, n: publicJwk.n, e: publicJwk.e, kid, alg: "RS256", use: "sig" },
  };
}
