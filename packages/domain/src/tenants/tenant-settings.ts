import { z } from "zod";

/**
 * A tenant's rules, stored as JSON on the tenant row. Every field has the
 * default the article and the wider rules give (see shared/DOMAIN.md), so an
 * empty `{}` is a valid, complete configuration.
 */
export const TenantSettings = z.object({
  /** R3: the Nth written reminder on a task creates a tracking-book entry. */
  trackingBookReminderThreshold: z.int().min(1).max(10).default(2),
  /** R5: a dialogue conclusion is due this many calendar months after the session. */
  dialogueConclusionDeadlineMonths: z.int().min(1).max(24).default(2),
  /** R6: share of pressing dialogue issues to resolve on the spot. */
  onTheSpotTarget: z.number().min(0).max(1).default(0.83),
  /** R9: local hour (0–23) at which the daily overdue digest goes out. */
  alertHourLocal: z.int().min(0).max(23).default(7),
});

export type TenantSettings = z.infer<typeof TenantSettings>;

export function parseTenantSettings(stored: unknown): TenantSettings {
  return TenantSettings.parse(stored ?? {});
}
