import {
  addDays,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  vietnamHolidays,
  workingCalendar,
} from "@kycuong/domain/calendar";
import { TenantSettings } from "@kycuong/domain/tenants";

const zone = "Asia/Ho_Chi_Minh";

/**
 * 07:30 in Việt Nam on the latest working day that has reached it: a moment
 * inside the demo tenants' alert window (07:00–11:00 on working days) at
 * which the demo data, dated back from the day it was seeded, has items
 * overdue. `npm run dev` prints the cron replay for it.
 */
export function demoAlertMorning(now: Date): Date {
  const calendar = workingCalendar({
    timezone: zone,
    settings: { workingCalendar: TenantSettings.shape.workingCalendar.parse(vietnamHolidays) },
  });
  for (let date = localDate(now, zone); ; date = addDays(date, -1)) {
    const morning = new Date(endOfLocalDay(addDays(date, -1), zone).getTime() + 1 + 7.5 * 3_600_000);
    if (isWorkingDay(calendar, date) && morning <= now) return morning;
  }
}
