import { toHex } from "../../auth/secret-token";

/**
 * HMAC-SHA256 under a server secret (HOTLINE_SECRET): for values that must
 * be stable and comparable (a client's hashed IP, a replayable receipt) yet
 * mean nothing to someone who reads the database without the secret.
 */
const keys = new Map<string, Promise<CryptoKey>>();

function importKey(secret: string): Promise<CryptoKey> {
  // One import per secret per isolate: the secret does not change between requests.
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    keys.set(secret, key);
  }
  return key;
}

export async function hmacSha256(secret: string, message: string): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign("HMAC", await importKey(secret), new TextEncoder().encode(message));
  return new Uint8Array(signature);
}

/** A client's address as stored: keyed, so abuse can be correlated without keeping the address. */
export async function clientHashOf(secret: string, ip: string): Promise<string> {
  return toHex(await hmacSha256(secret, `client:${ip}`));
}
