import type { TenantRef } from "@kycuong/domain/context";
import { normalizeTrackingCode } from "@kycuong/domain/reports";
import type { Context } from "hono";
import { MisconfiguredError } from "../env";
import type { AppEnv } from "../http/app-env";
import { clientHash, clientIp } from "../http/client-ip";
import { rateLimit } from "../middleware/rate-limit";
import { verifyTurnstile } from "./turnstile";

/** The [[ratelimits]] period in wrangler.toml: a fixed window frees up no sooner. */
const RATE_PERIOD_SECONDS = 60;

/**
 * Submissions per (tenant, client). Every way in (the JSON API, the HTML
 * form, Open311) counts in this one bucket, so switching doors buys nothing.
 */
export function intakeRateLimit(
  slugOf: (c: Context<AppEnv>) => Promise<string> | string = (c) => c.req.param("slug") ?? "unknown",
) {
  return rateLimit({
    binding: "INTAKE_RATE_LIMITER",
    periodSeconds: RATE_PERIOD_SECONDS,
    key: async (c) => `intake:${await slugOf(c)}:${(await clientHash(c)) ?? "unknown"}`,
  });
}

/**
 * Receipt attempts per (tenant, tracking code, client), wherever the code
 * arrives (path, form field): guessing is throttled everywhere alike, and a
 * stranger cannot lock the reporter out of their own report.
 */
export function receiptRateLimit(trackingCodeOf: (c: Context<AppEnv>) => Promise<string> | string) {
  return rateLimit({
    binding: "RECEIPT_RATE_LIMITER",
    periodSeconds: RATE_PERIOD_SECONDS,
    key: async (c) => {
      const code = await trackingCodeOf(c);
      const normalized = normalizeTrackingCode(code) ?? code.slice(0, 40);
      return `receipt:${c.req.param("slug")}:${normalized}:${(await clientHash(c)) ?? "unknown"}`;
    },
  });
}

/**
 * Open311 look-ups by tracking code per (tenant, client), each code counted:
 * a public read by code shows a report's status without its receipt, so
 * trying codes is guessing like trying receipts, and shares that binding.
 */
export function trackingCodeLookupLimit(codesOf: (c: Context<AppEnv>) => number) {
  return rateLimit({
    binding: "RECEIPT_RATE_LIMITER",
    periodSeconds: RATE_PERIOD_SECONDS,
    cost: codesOf,
    key: async (c) => `lookup:${c.req.query("jurisdiction_id") ?? ""}:${(await clientHash(c)) ?? "unknown"}`,
  });
}

/** Turnstile, when the tenant turned it on: checked just before writing, so a replay never spends a token. */
export async function requireHuman(c: Context<AppEnv>, tenant: TenantRef, token: string | undefined): Promise<void> {
  if (!tenant.settings.hotline.turnstileSiteKey) return;
  const secret = c.var.config.TURNSTILE_SECRET_KEY;
  if (!secret) throw new MisconfiguredError(["TURNSTILE_SECRET_KEY"]);
  await verifyTurnstile({ url: c.var.config.TURNSTILE_VERIFY_URL, secret, token, remoteIp: clientIp(c) });
}
