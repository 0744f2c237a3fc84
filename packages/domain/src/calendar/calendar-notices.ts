import type { CalendarData } from "./calendar-data";

/** A year whose national calendar someone must act on: not there at all, or only a projection. */
export interface CalendarYearNotice {
  year: number;
  status: "missing" | "projected";
}

/**
 * The years of the national calendar that need the platform admin, as seen
 * on a local date: this year, and from 1 November the next one too (the
 * government's notice for a year usually comes in its last weeks before),
 * each when it is missing or only projected. An announced year needs
 * nothing. Deadlines that reach a missing year are counted without holidays.
 */
export function calendarNotices(calendar: CalendarData, today: string): CalendarYearNotice[] {
  const year = Number(today.slice(0, 4));
  const watched = today.slice(5) >= "11-01" ? [year, year + 1] : [year];
  return watched.flatMap((y): CalendarYearNotice[] => {
    const status = calendar.years[String(y)];
    if (status === "announced") return [];
    return [{ year: y, status: status ?? "missing" }];
  });
}
