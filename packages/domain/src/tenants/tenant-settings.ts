import { z } from "zod";
import { text } from "../input/text";
import { JwksUrl } from "./jwks-url";

/**
 * A tenant's own single sign-on (a province SSO) whose tokens staff may use
 * instead of a password. Whoever sets it can sign in as any staff member of
 * the tenant: only the platform admin may change it (`settings:identity_provider`).
 */
export const IdentityProvider = z.strictObject({
  issuer: z.string().min(1).max(500),
  audience: z.string().min(1).max(500),
  jwksUrl: JwksUrl,
  algorithms: z
    .array(z.enum(["RS256", "ES256", "PS256", "EdDSA"]))
    .min(1)
    .default(["RS256", "ES256"]),
  accountClaim: z.enum(["email", "sub"]).default("email"),
});

/** How the public hotline form may be used from the district's own website. */
export const HotlineSettings = z.strictObject({
  /** Origins (scheme://host[:port]) allowed to call the public API (CORS) and to frame the form. */
  allowedOrigins: z
    .array(
      z
        .string()
        .regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/, "Một origin như https://binhson.quangngai.gov.vn · An origin"),
    )
    .max(20)
    .default([]),
  /** Cloudflare Turnstile on the public form: the site key shown to browsers (the secret is a Worker secret). */
  turnstileSiteKey: z.string().min(1).max(200).nullable().default(null),
});

/**
 * How long a web console sign-in lasts. The defaults fit a working day: an
 * hour away from the desk (a meeting, lunch) ends the session; nobody stays
 * signed in past 12 hours, so yesterday's session is never today's.
 */
export const ConsoleSettings = z.strictObject({
  /** Minutes without a request after which the session ends. */
  sessionIdleMinutes: z
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /** Hours after sign-in at which the session ends whatever happens. */
  sessionAbsoluteHours: z
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
});

/**
 * What the hotline keeps about the people who report, and for how long.
 * Statistics (category, unit, dates, status, finding) are kept for good;
 * the person's contact details and what they wrote are not.
 */
export const PrivacySettings = z.strictObject({
  /**
   * Days after a report is finished (closed, rejected or marked duplicate)
   * at which the reporter's name, phone, email and the report's free text
   * are erased by the daily job. A reopened report starts counting again
   * when it is finished again.
   */
  reporterDataRetentionDays: z.int().min(30).max(3650).default(365),
});

/**
 * The heading of the documents the tenant prints (Decree 30/2020/NĐ-CP, Appendix I):
 * the parent body above the issuing body, and the place before the date. Left
 * null, both follow the tenant's name (`tenants/document-heading.ts`), which
 * is right for a district or commune whose people's committee is the parent body.
 */
export const DocumentSettings = z.strictObject({
  /** "UBND HUYỆN BÌNH SƠN" when null: "UBND " and the tenant's name, upper-cased. */
  parentBodyName: text({ min: 1, max: 120 }).nullable().default(null),
  /** "Bình Sơn" when null: the tenant's name without its level ("Huyện", "Xã" …). */
  placeName: text({ min: 1, max: 60 }).nullable().default(null),
});

/**
 * A tenant's rules, stored as JSON on the tenant row. Every field has the
 * default the article and the wider rules give (see shared/DOMAIN.md), so an
 * empty `{}` is a valid, complete configuration.
 */
export const TenantSettings = z.strictObject({
  /** R3: the Nth written reminder on a task creates a tracking-book entry. */
  trackingBookReminderThreshold: z.int().min(1).max(10).default(2),
  /** R5: a dialogue conclusion is due this many calendar months after the session. */
  dialogueConclusionDeadlineMonths: z.int().min(1).max(24).default(2),
  /** R6: share of pressing dialogue issues to resolve on the spot. */
  onTheSpotTarget: z.number().min(0).max(1).default(0.83),
  /** R9: local hour (0–23) at which the daily overdue digest goes out. */
  alertHourLocal: z.int().min(0).max(23).default(7),
  /** Digests go out only from the alert hour for this many hours (clamped to the end of the day): never at night. */
  alertWindowHours: z.int().min(1).max(12).default(4),
  /** Items due within this many working days are listed as "due soon" beside the overdue ones. */
  alertDueSoonWorkingDays: z.int().min(0).max(10).default(2),
  /** Items overdue by more than this many working days also go to the leadership digest. */
  escalationOverdueWorkingDays: z.int().min(1).max(60).default(10),
  /** Who receives the leadership digest; when empty, the tenant's active admins do. */
  leadershipEmails: z.array(z.email().max(200)).max(20).default([]),
  /** Delivery attempts before an email is marked dead and shown to admins. */
  alertMaxAttempts: z.int().min(1).max(20).default(8),
  /** Hotline: working days to answer a report, by category code; `default` for the rest. */
  reportDeadlineWorkingDays: z
    .record(z.string().regex(/^[a-z_]{1,40}$/), z.int().min(1).max(60))
    .default({ default: 10, urgent: 1, on_the_spot: 3 }),
  identityProvider: IdentityProvider.nullable().default(null),
  hotline: HotlineSettings.default(HotlineSettings.parse({})),
  console: ConsoleSettings.default(ConsoleSettings.parse({})),
  privacy: PrivacySettings.default(PrivacySettings.parse({})),
  documents: DocumentSettings.default(DocumentSettings.parse({})),
});

export type TenantSettings = z.infer<typeof TenantSettings>;

/**
 * Settings as stored. A JWKS URL saved before the https rule is still read,
 * so its tenant keeps working (the Worker refuses to fetch from it outside
 * the dev stack); every write takes only what `TenantSettings` takes.
 */
export const StoredTenantSettings = TenantSettings.extend({
  identityProvider: IdentityProvider.extend({ jwksUrl: z.url({ protocol: /^https?$/ }) })
    .nullable()
    .default(null),
  /**
   * Retired: the working calendar is the platform's national calendar plus
   * the tenant's own days (calendar/). Migration 0011 moved each tenant's
   * days out of it; one still stored (written by the previous release while
   * it deployed) is read and dropped, never used.
   */
  workingCalendar: z
    .unknown()
    .optional()
    .transform(() => undefined),
});

export function parseTenantSettings(stored: unknown): TenantSettings {
  return StoredTenantSettings.parse(stored ?? {});
}
