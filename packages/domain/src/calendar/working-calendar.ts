import type { TenantSettings } from "../tenants/tenant-settings";
import { addDays, endOfLocalDay, localDate, weekday } from "./local-date";

/**
 * A tenant's working calendar: Monday to Friday, minus the public holidays
 * of each year, plus the weekend days the government swapped into working
 * days. Holidays are data (lunar dates move), read from the tenant's
 * settings; nothing here knows a holiday by itself.
 */
export interface WorkingCalendar {
  timeZone: string;
  holidays: ReadonlySet<string>;
  swappedWorkingDays: ReadonlySet<string>;
}

export function workingCalendar(tenant: {
  timezone: string;
  settings: Pick<TenantSettings, "workingCalendar">;
}): WorkingCalendar {
  const years = Object.values(tenant.settings.workingCalendar);
  return {
    timeZone: tenant.timezone,
    holidays: new Set(years.flatMap((year) => year.holidays)),
    swappedWorkingDays: new Set(years.flatMap((year) => year.workingDays)),
  };
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  if (calendar.swappedWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
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
 * Working days left before a deadline at `now`: 0 when due today (or
 * already past), else the working days from tomorrow to the due date.
 */
export function workingDaysLeft(calendar: WorkingCalendar, dueAt: Date, now: Date): number {
  if (now.getTime() > dueAt.getTime()) return 0;
  const dueDate = localDate(dueAt, calendar.timeZone);
  let left = 0;
  for (let date = addDays(localDate(now, calendar.timeZone), 1); date <= dueDate; date = addDays(date, 1)) {
    if (isWorkingDay(calendar, date)) left++;
  }
  return left;
}
