import { addDays, endOfLocalDay, isWorkingDay, type WorkingCalendar } from "@kycuong/domain/calendar";

/**
 * The demo story's clock. The inspection, its violation record and the
 * party committee's tasks happen on fixed working days of 2026 (the story's
 * own chronology, docs/demo-data.md); a seed writes only the steps that have
 * happened by its `now`, each at its own instant, so nothing is dated in the
 * future or on a day off whatever day the seed runs. What must stay "recent"
 * (hotline reports, dialogue sessions) is counted back from the seed and
 * lands on working days of the tenant's calendar.
 */

/** `time` ("HH:MM", the tenant's local time) on `date`. */
export function storyInstant(date: string, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const midnight = endOfLocalDay(date, timeZone).getTime() + 1 - 24 * 3_600_000;
  return new Date(midnight + (hours * 60 + minutes) * 60_000);
}

/** Whether a step of the story at `at` has happened by the seed's `now`. */
export function hasHappened(at: Date, now: Date): boolean {
  return at.getTime() <= now.getTime();
}

/** The working day `count` working days before `date` (which itself need not be one). */
export function workingDaysBefore(calendar: WorkingCalendar, date: string, count: number): string {
  let day = date;
  for (let counted = 0; counted < count; ) {
    day = addDays(day, -1);
    if (isWorkingDay(calendar, day)) counted++;
  }
  return day;
}
