import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../http/app-env";
import { clearCookie, writeCookie } from "./session-cookie";

/** A just-recorded report's receipt, carried across the redirect to its case page and shown there once. */
const RECEIPT_COOKIE = "kc_receipt";

/**
 * The receipt exists only as a hash once recorded; the officer must read
 * it to the caller. Rather than put the secret in a URL (history, logs),
 * it rides in an HttpOnly cookie of this tenant's pages until the case
 * page has shown it, which clears it.
 */
export function keepReceipt(c: Context<AppEnv>, reportId: string, receipt: string): void {
  writeCookie(c, c.var.tenant.slug, RECEIPT_COOKIE, `${reportId}_${receipt}`);
}

/** The receipt kept for this report, if any; it is then forgotten. */
export function takeReceipt(c: Context<AppEnv>, reportId: string): string | null {
  const value = getCookie(c, RECEIPT_COOKIE);
  if (!value) return null;
  clearCookie(c, c.var.tenant.slug, RECEIPT_COOKIE);
  const [id, receipt] = value.split("_");
  return id === reportId && receipt && /^[2-9A-Z-]{20,60}$/.test(receipt) ? receipt : null;
}
