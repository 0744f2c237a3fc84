import type { TenantRef } from "@kycuong/domain/context";

const TURNSTILE = "https://challenges.cloudflare.com";

/**
 * Headers of every public page. No script runs (unless the tenant turned on
 * Turnstile, whose script and frame come from Cloudflare); forms post only
 * here; only the API itself and the tenant's own websites may frame the page.
 */
export function pageHeaders(tenant: TenantRef): Record<string, string> {
  const turnstile = Boolean(tenant.settings.hotline.turnstileSiteKey);
  const ancestors = ["'self'", ...tenant.settings.hotline.allowedOrigins].join(" ");
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors}`,
    turnstile ? `script-src ${TURNSTILE}` : "script-src 'none'",
    turnstile ? `frame-src ${TURNSTILE}` : "frame-src 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  };
}
