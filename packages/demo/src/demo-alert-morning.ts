import { type Db, tenants } from "@kycuong/db";
import {
  addDays,
  endOfLocalDay,
  isWorkingDay,
  loadCalendarData,
  localDate,
  workingCalendar,
} from "@kycuong/domain/calendar";
import { eq } from "drizzle-orm";

const zone = "Asia/Ho_Chi_Minh";

/**
 * 07:30 in Việt Nam on the latest working day of Bình Sơn's calendar (the
 * national one, from migration 0011, and its own days) that has reached it:
 * a moment inside the demo tenants' alert window (07:00–11:00 on working
 * days) at which the demo data, dated back from the day it was seeded, has
 * items overdue. `npm run dev` prints the cron replay for it.
 */
export async function demoAlertMorning(db: Db, now: Date): Promise<Date> {
  const [binhSon] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "binh-son"));
  if (!binhSon) throw new Error("demo data: binh-son is missing (seed it first)");
  const calendar = workingCalendar({ timezone: zone, calendar: await loadCalendarData(db, binhSon.id) });
  for (let date = localDate(now, zone); ; date = addDays(date, -1)) {
    const morning = new Date(endOfLocalDay(addDays(date, -1), zone).getTime() + 1 + 7.5 * 3_600_000);
    if (isWorkingDay(calendar, date) && morning <= now) return morning;
  }
}
