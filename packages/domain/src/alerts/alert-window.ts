import type { CalendarData } from "../calendar/calendar-data";
import { addDays, localDate } from "../calendar/local-date";
import { isWorkingDay, workingCalendar } from "../calendar/working-calendar";
import type { TenantSettings } from "../tenants/tenant-settings";

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local hour (0–23) of an instant in a time zone. */
export function localHour(instant: Date, timeZone: string): number {
  let f = hourFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" });
    hourFormatters.set(timeZone, f);
  }
  return Number(f.format(instant));
}

/** The local dates any time zone can have at `now` (every zone is within a day of UTC): where "today's" run may be. */
export function localDatesAround(now: Date): string[] {
  const utcDate = localDate(now, "UTC");
  return [addDays(utcDate, -1), utcDate, addDays(utcDate, 1)];
}

export interface AlertWindow {
  /** The tenant's local date at `now`: the day a digest planned now is for. */
  localDate: string;
  workingDay: boolean;
  /** True when digests may be planned and sent now: a working day, from the alert hour for the window's length. */
  open: boolean;
}

/**
 * When a tenant's alerts may go out: on its working days only, from its
 * alert hour (default 07:00 local) for `alertWindowHours`, never past
 * midnight. Outside it nothing is planned or sent, even for mail that is
 * waiting to be retried: nobody wants a reminder at 23:00 or on Tết.
 */
export function alertWindow(
  tenant: {
    timezone: string;
    calendar: CalendarData;
    settings: Pick<TenantSettings, "alertHourLocal" | "alertWindowHours">;
  },
  now: Date,
): AlertWindow {
  const date = localDate(now, tenant.timezone);
  const workingDay = isWorkingDay(workingCalendar(tenant), date);
  const hour = localHour(now, tenant.timezone);
  const start = tenant.settings.alertHourLocal;
  const end = Math.min(24, start + tenant.settings.alertWindowHours);
  return { localDate: date, workingDay, open: workingDay && hour >= start && hour < end };
}
