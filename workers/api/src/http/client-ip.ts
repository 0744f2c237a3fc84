import { clientHashOf } from "@kycuong/domain/reports";
import type { Context } from "hono";
import type { AppEnv } from "./app-env";

/** The caller's address as Cloudflare's edge saw it; absent only outside Cloudflare (tests, scripts). */
export function clientIp(c: Context<AppEnv>): string | null {
  return c.req.header("CF-Connecting-IP")?.trim() || null;
}

const hashes = new WeakMap<Request, Promise<string | null>>();

/**
 * HMAC-SHA256(HOTLINE_SECRET, ip): what rate limits key on and what a report
 * stores, so the address itself is never kept. Computed once per request.
 */
export function clientHash(c: Context<AppEnv>): Promise<string | null> {
  let hash = hashes.get(c.req.raw);
  if (!hash) {
    const ip = clientIp(c);
    hash = ip ? clientHashOf(c.var.config.HOTLINE_SECRET, ip) : Promise.resolve(null);
    hashes.set(c.req.raw, hash);
  }
  return hash;
}
