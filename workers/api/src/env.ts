import { z } from "zod";
import { SENDER_PATTERN } from "./email/sender-address";

/** A Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml). */
const rateLimiter = z.custom<RateLimit>(
  (value) => typeof value === "object" && value !== null && "limit" in value,
  "must be a Rate Limiting binding",
);

/**
 * The Worker's settings, checked at every entry point (fetch, scheduled,
 * queue) before anything runs: a misconfigured deployment answers one clear
 * error naming the setting, it does not half-work. Every name here is
 * documented in docs/configuration.md (scripts/check-config-docs.mjs checks it).
 */
export const WorkerEnv = z.object({
  /** libSQL endpoint: `libsql://<db>.turso.io` in production, `http://127.0.0.1:PORT` (sqld) locally. */
  LIBSQL_URL: z
    .string()
    .regex(/^(libsql|https?|wss?):\/\/[^\s/]+/, "must be a libsql://, https://, http://, wss:// or ws:// URL"),
  /** Turso database token (a secret). Absent for a local sqld without auth. */
  LIBSQL_AUTH_TOKEN: z.string().min(1).optional(),
  /** The current access-token signing key: a private EC P-256 JWK with a `kid` (a secret). */
  JWT_SIGNING_KEY: z.string().min(1),
  /** Optional JSON array of older public JWKs still accepted, for key rotation. */
  JWT_PUBLIC_KEYS: z.string().min(1).optional(),
  /** The violation records' seal key: a private EC P-256 JWK with a `kid` (a secret, not a token key). */
  SEAL_PRIVATE_KEY: z.string().min(1),
  /** Optional JSON array of older public seal JWKs: records they sealed keep verifying, and they stay published. */
  SEAL_PUBLIC_KEYS: z.string().min(1).optional(),
  /** HMAC key (a secret, ≥ 32 chars) for hashing reporters' IPs and deriving idempotent receipts. */
  HOTLINE_SECRET: z.string().min(32),
  /** Cloudflare Turnstile secret; tenants that enable Turnstile need it. */
  TURNSTILE_SECRET_KEY: z.string().min(1).optional(),
  /** Turnstile's siteverify endpoint; only tests and local stand-ins change it. */
  TURNSTILE_VERIFY_URL: z.url().default("https://challenges.cloudflare.com/turnstile/v0/siteverify"),
  /** `dev` turns on developer-only routes (`/dev/outbox`) and allows the dev email transport. */
  ENVIRONMENT: z.enum(["production", "dev"]).default("production"),
  /** Origin that links in emails start with, e.g. `https://kycuong.example` (checked when alerts run). */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Public intake submissions per (tenant, client). */
  INTAKE_RATE_LIMITER: rateLimiter,
  /** Wrong-receipt guesses per tracking code and client. */
  RECEIPT_RATE_LIMITER: rateLimiter,
  /** "Forgotten password" requests per (tenant, email) and per (tenant, client); password links spent per client. */
  PASSWORD_RESET_RATE_LIMITER: rateLimiter,
  /** Per-tenant overdue-alert jobs: the cron produces, the same Worker consumes. */
  ALERT_QUEUE: z.custom<Queue<unknown>>(
    (value) => typeof value === "object" && value !== null && "send" in value && "sendBatch" in value,
    "must be a Queue binding",
  ),
  /**
   * How alert emails leave: `http` (an HTTP email API, the default when
   * unset), `send_email` (the Cloudflare binding) or `dev` (the dev mailbox,
   * ENVIRONMENT=dev only). All email settings are optional here so the
   * hotline runs without email; `emailTransportFor` names what is missing.
   */
  EMAIL_TRANSPORT: z.enum(["http", "send_email", "dev"]).optional(),
  /** The email API's send endpoint, e.g. `https://api.resend.com/emails`. */
  EMAIL_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The email API's key (a secret). */
  EMAIL_API_KEY: z.string().min(1).optional(),
  /** The sender, e.g. `Kỷ Cương <canhbao@kycuong.example>`. */
  EMAIL_FROM: z.string().regex(SENDER_PATTERN, "must be `Name <address>` or `address`").optional(),
  /** The `send_email` binding, for EMAIL_TRANSPORT=send_email. */
  SEND_EMAIL: z
    .custom<SendEmail>(
      (value) => typeof value === "object" && value !== null && "send" in value,
      "must be a send_email binding",
    )
    .optional(),
  /** R2 bucket for report attachments and violation evidence (staff-only reads). */
  ATTACHMENTS: z.custom<R2Bucket>(
    (value) => typeof value === "object" && value !== null && "put" in value && "get" in value,
    "must be an R2 bucket binding",
  ),
});

export type WorkerEnv = z.infer<typeof WorkerEnv>;

/** The bindings as Cloudflare hands them over: unchecked until `parseWorkerEnv`. */
export type RawEnv = object;

/** Thrown when a setting is missing or malformed. Its message names the setting, never its value. */
export class MisconfiguredError extends Error {
  override readonly name = "MisconfiguredError";

  constructor(readonly settings: string[]) {
    super(`Missing or malformed setting${settings.length > 1 ? "s" : ""}: ${settings.join(", ")}`);
  }
}

const parsed = new WeakMap<object, WorkerEnv>();

export function parseWorkerEnv(raw: RawEnv): WorkerEnv {
  const cached = parsed.get(raw);
  if (cached) return cached;
  const result = WorkerEnv.safeParse(raw);
  if (!result.success) {
    const settings = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "env")))];
    throw new MisconfiguredError(settings);
  }
  parsed.set(raw, result.data);
  return result.data;
}
