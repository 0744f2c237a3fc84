/**
 * Calendar dates as local `YYYY-MM-DD` strings in a tenant's time zone.
 * Deadlines are counted in local days (a report sent at 23:30 in Hà Nội on a
 * Friday was sent on Friday), then stored as UTC instants.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local calendar date of an instant, e.g. "2026-02-13". */
export function localDate(instant: Date, timeZone: string): string {
  return formatter(timeZone).format(instant);
}

/** The date `days` after a `YYYY-MM-DD` date (negative goes back). */
export function addDays(date: string, days: number): string {
  const utc = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(utc).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` date. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Minutes the zone is ahead of UTC at an instant (Asia/Ho_Chi_Minh: 420). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The last millisecond of a local date, as a UTC instant: when "due on that day" runs out. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const nextMidnightAsUtc = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  const offset = offsetMinutes(new Date(nextMidnightAsUtc), timeZone);
  return new Date(nextMidnightAsUtc - offset * 60_000 - 1);
}

/** "2026-09-12" → "12/09/2026", as Vietnamese documents write dates; anything else is a bug, not a date. */
export function dayMonthYear(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  return `${d}/${m}/${y}`;
}

/**
 * "2026-09-05" → "ngày 05 tháng 9 năm 2026", the date line of an administrative
 * document. Decree 30/2020/NĐ-CP (Appendix I, II.5): days below 10 and the months
 * 1 and 2 take a leading zero (so "tháng 01" cannot be read as "tháng 10" or "tháng 11"
 * once someone adds a digit by hand); other months do not ("tháng 9", "tháng 12").
 */
export function documentDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : `${d}`;
  const month = m <= 2 ? `0${m}` : `${m}`;
  return `ngày ${day} tháng ${month} năm ${y}`;
}
