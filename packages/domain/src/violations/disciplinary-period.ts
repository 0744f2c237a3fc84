import { z } from "zod";
import { addDays, endOfLocalDay, localDate } from "../calendar/local-date";
import { rollToWorkingDay, type WorkingCalendar } from "../calendar/working-calendar";
import { disciplinaryPeriodRule } from "./discipline-rules";

export const DisciplinaryPeriod = z.object({
  /** The local date the record was issued: the period counts from the day after (Civil Code art. 147). */
  startsAfter: z.string(),
  /**
   * The last local day a decision may be dated: the period's last day, or the
   * next working day when that falls on a weekend or day off (Civil Code art. 148(5)).
   */
  endsOn: z.string(),
  /** The instant it runs out: the end of `endsOn` in the tenant's zone. */
  endsAt: z.string(),
  days: z.int(),
  extended: z.boolean(),
  extensionReason: z.string().nullable(),
  /** The longest the period may run; more than `days` while it can still be extended. */
  maxDays: z.int(),
});
export type DisciplinaryPeriod = z.infer<typeof DisciplinaryPeriod>;

/**
 * One named official's disciplinary period (thời hạn xử lý kỷ luật): from
 * the record's issue, the rule's days (90), or the extended days once
 * extended (at most 150). Null before the record is issued. A period
 * counted in days that ends on a day off ends with the next working day of
 * the tenant's calendar (Civil Code 2015 art. 148(5)), as every such deadline does.
 */
export function disciplinaryPeriod(
  issuedAt: string | null,
  official: { periodDays: number | null; periodExtensionReason: string | null },
  calendar: WorkingCalendar,
): DisciplinaryPeriod | null {
  if (!issuedAt) return null;
  const timeZone = calendar.timeZone;
  const issuedOn = localDate(new Date(issuedAt), timeZone);
  const rule = disciplinaryPeriodRule(issuedOn);
  const days = official.periodDays ?? rule.days;
  const endsOn = rollToWorkingDay(calendar, addDays(issuedOn, days));
  return {
    startsAfter: issuedOn,
    endsOn,
    endsAt: endOfLocalDay(endsOn, timeZone).toISOString(),
    days,
    extended: official.periodDays !== null,
    extensionReason: official.periodExtensionReason,
    maxDays: rule.extendedDays,
  };
}
