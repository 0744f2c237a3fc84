/**
 * Calendar-month arithmetic on local `YYYY-MM-DD` dates, for deadlines that
 * the rules give in months (R5: a dialogue conclusion is due two months
 * after the session). The day of the month is kept, or clamped to the last
 * day when the target month is shorter: 31 Aug + 2 = 31 Oct, 31 Dec + 2 =
 * 28 Feb (29 in a leap year), never a day that spills into March.
 */
export function addCalendarMonths(date: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || !Number.isInteger(months)) throw new RangeError(`Not a date and whole months: ${date}, ${months}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const clampedDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, "0")}-${pad(targetMonth)}-${pad(clampedDay)}`;
}

/** 28–31; `month` is 1–12. Day 0 of the next month is the last day of this one. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
