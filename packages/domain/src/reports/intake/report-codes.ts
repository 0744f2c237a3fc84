import { sha256Hex } from "../../auth/secret-token";
import { hmacSha256 } from "./keyed-hash";

/**
 * What a reporter writes down or hears over the phone: digits and capitals
 * without the look-alikes 0/O and 1/I/L. 31 symbols, ≈ 4.95 bits each.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** 10 symbols ≈ 49.5 bits: unguessable for a public identifier, short enough to read aloud. */
const TRACKING_CODE_LENGTH = 10;
/** 28 symbols ≈ 138.7 bits: a secret, never guessable. */
const RECEIPT_LENGTH = 28;

/**
 * `length` symbols from `bytes` read as one big number. The input carries
 * far more bits than the output needs (16 bytes for 49.5 bits, 32 for 138.7),
 * so the bias of the final modulo is below 2^-78.
 */
function encode(bytes: Uint8Array, length: number): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  const base = BigInt(CODE_ALPHABET.length);
  let out = "";
  for (let i = 0; i < length; i++) {
    out += CODE_ALPHABET[Number(value % base)];
    value /= base;
  }
  return out;
}

function group(symbols: string): string {
  return symbols.match(/.{1,4}/g)?.join("-") ?? symbols;
}

/** Upper-cased, separators dropped: how a code or receipt typed in any grouping compares. */
function canonical(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, "");
}

/** A fresh tracking code such as `K7QM-4HZP-XR`. */
export function newTrackingCode(): string {
  return trackingCodeFrom(crypto.getRandomValues(new Uint8Array(16)));
}

/** The tracking code drawn from given bytes: the demo seed derives stable codes this way. */
export function trackingCodeFrom(bytes: Uint8Array): string {
  return group(encode(bytes, TRACKING_CODE_LENGTH));
}

/** The stored form of a code as a person typed it (`k7qm 4hzp xr`), or null when it cannot be one. */
export function normalizeTrackingCode(text: string): string | null {
  const symbols = canonical(text);
  if (symbols.length !== TRACKING_CODE_LENGTH) return null;
  for (const symbol of symbols) if (!CODE_ALPHABET.includes(symbol)) return null;
  return group(symbols);
}

/** A fresh receipt, shown once and stored only as `receiptHash`. */
export function newReceipt(): string {
  return group(encode(crypto.getRandomValues(new Uint8Array(32)), RECEIPT_LENGTH));
}

/**
 * The receipt of an idempotent request, derived rather than drawn, so that a
 * replay can show it again without it ever being stored in clear.
 */
export async function derivedReceipt(
  secret: string,
  parts: { tenantId: string; key: string; requestHash: string },
): Promise<string> {
  const mac = await hmacSha256(secret, `receipt:${parts.tenantId}:${parts.key}:${parts.requestHash}`);
  return group(encode(mac, RECEIPT_LENGTH));
}

/** What is stored for a receipt: a plain SHA-256 (138 bits of entropy need no slow hash). */
export function receiptHash(receipt: string): Promise<string> {
  return sha256Hex(canonical(receipt));
}
