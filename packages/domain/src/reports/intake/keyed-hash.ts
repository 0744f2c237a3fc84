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

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A client's address as stored: keyed, so abuse can be correlated without keeping the address. */
export async function clientHashOf(secret: string, ip: string): Promise<string> {
  return toHex(await hmacSha256(secret, `client:${ip}`));
}

/**
 * Equality of two strings whose time does not depend on where they differ,
 * so a wrong receipt's hash reveals nothing about the right one.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return difference === 0;
}
