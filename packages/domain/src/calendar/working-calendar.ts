import type { CalendarData } from "./calendar-data";
import { addDays, endOfLocalDay, localDate, weekday } from "./local-date";

/**
 * A tenant's working calendar: Monday to Friday, minus the public holidays
 * and days off of the national calendar and the tenant's own days off, plus
 * the weekend days worked in exchange; on a date the tenant changed, the
 * tenant's day wins. Holidays are data (lunar dates move); nothing here
 * knows a holiday by itself.
 */
export interface WorkingCalendar {
  timeZone: string;
  holidays: ReadonlySet<string>;
  swappedWorkingDays: ReadonlySet<string>;
  /** Years with national data ("2026"); counting through any other year is counting without a calendar. */
  yearsWithData: ReadonlySet<string>;
}

export function workingCalendar(tenant: { timezone: string; calendar: CalendarData }): WorkingCalendar {
  const holidays = new Set<string>();
  const swappedWorkingDays = new Set<string>();
  for (const day of tenant.calendar.national) {
    (day.kind === "working_day" ? swappedWorkingDays : holidays).add(day.date);
  }
  for (const day of tenant.calendar.own) {
    if (day.kind === "worked") {
      holidays.delete(day.date);
      swappedWorkingDays.add(day.date);
    } else {
      swappedWorkingDays.delete(day.date);
      holidays.add(day.date);
    }
  }
  return {
    timeZone: tenant.timezone,
    holidays,
    swappedWorkingDays,
    yearsWithData: new Set(Object.keys(tenant.calendar.years)),
  };
}

/**
 * Whether counting working days between two instants (either order) went
 * through a year with no national calendar, so its holidays were not known:
 * a deadline counted that way carries the flag instead of passing as exact.
 */
export function countedWithoutCalendar(calendar: WorkingCalendar, from: Date, to: Date): boolean {
  const [a, b] = [localDate(from, calendar.timeZone), localDate(to, calendar.timeZone)].sort() as [string, string];
  for (let year = Number(a.slice(0, 4)); year <= Number(b.slice(0, 4)); year++) {
    if (!calendar.yearsWithData.has(String(year))) return true;
  }
  return false;
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  if (calendar.swappedWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/**
 * The last day of a period counted in calendar days, months or years, moved
 * off a day off: "when the last day of a period is a weekend or a public
 * holiday, the period ends at the end of the next working day" (Civil Code
 * 2015, art. 148(5)). Days off are the tenant's (national holidays and days
 * off in lieu, its own days off; a weekend day worked in exchange counts as
 * working). 31 Oct 2026 is a Saturday, so a period ending then ends on
 * Monday 2 Nov. Every deadline counted in calendar units goes through here;
 * deadlines in working days end on a working day by construction.
 */
export function rollToWorkingDay(calendar: WorkingCalendar, date: string): string {
  let day = date;
  // Ends: only the finitely many listed holidays are days off on a weekday.
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}

/**
 * The deadline for something received at `receivedAt` and due within
 * `workingDays` working days: the end of the Nth working day after the day
 * of receipt (the day of receipt itself does not count, as in Vietnamese
 * administrative practice). From Friday 13 Feb 2026 with Tết off 16–20 Feb,
 * 3 working days end on Wednesday 25 Feb.
 */
export function dueAfterWorkingDays(calendar: WorkingCalendar, receivedAt: Date, workingDays: number): Date {
  let date = localDate(receivedAt, calendar.timeZone);
  for (let counted = 0; counted < workingDays; ) {
    date = addDays(date, 1);
    if (isWorkingDay(calendar, date)) counted++;
  }
  return endOfLocalDay(date, calendar.timeZone);
}

/**
 * Working days past a deadline at `now`: 0 while not yet due (or due today),
 * then 1 for each working day that has fully begun since the due date.
 */
export function workingDaysOverdue(calendar: WorkingCalendar, dueAt: Date, now: Date): number {
  if (now.getTime() <= dueAt.getTime()) return 0;
  const dueDate = localDate(dueAt, calendar.timeZone);
  const today = localDate(now, calendar.timeZone);
  let overdue = 0;
  for (let date = addDays(dueDate, 1); date <= today; date = addDays(date, 1)) {
    if (isWorkingDay(calendar, date)) overdue++;
  }
  return overdue;
}

/**
 * Working days left before a deadline at `now`, the mirror of
 * `dueAfterWorkingDays`: N when the deadline is the end of the Nth working
 * day after today, 0 when it is due today (or already past). An item is
 * "due soon" in the digests exactly when this is at most the tenant's
 * `alertDueSoonWorkingDays`.
 */
export function workingDaysLeft(calendar: WorkingCalendar, dueAt: Date, now: Date): number {
  if (now.getTime() >= dueAt.getTime()) return 0;
  const today = localDate(now, calendar.timeZone);
  const dueDate = localDate(dueAt, calendar.timeZone);
  let left = 0;
  for (let date = addDays(today, 1); date <= dueDate; date = addDays(date, 1)) {
    if (isWorkingDay(calendar, date)) left++;
  }
  return left;
}
