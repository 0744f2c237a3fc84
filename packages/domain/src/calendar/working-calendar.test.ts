import { describe, expect, it } from "vitest";
import type { CalendarData } from "./calendar-data";
import {
  countedWithoutCalendar,
  dueAfterWorkingDays,
  isWorkingDay,
  rollToWorkingDay,
  workingCalendar,
  workingDaysLeft,
  workingDaysOverdue,
} from "./working-calendar";

/** 2026 as announced (shared/DOMAIN.md; the platform's copy is seeded by migration 0011). */
const national2026: CalendarData = {
  years: { "2026": "announced" },
  national: [
    ...["2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map((date) => ({
      date,
      kind: "holiday" as const,
    })),
    ...["2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"].map((date) => ({ date, kind: "holiday" as const })),
    { date: "2026-01-02", kind: "day_off_in_lieu" },
    { date: "2026-04-27", kind: "day_off_in_lieu" },
    { date: "2026-01-10", kind: "working_day" },
  ],
  own: [],
};
const calendar = workingCalendar({ timezone: "Asia/Ho_Chi_Minh", calendar: national2026 });
/** An instant given as Hà Nội local time. */
const hn = (local: string) => new Date(`${local}+07:00`);

describe("working calendar", () => {
  it("counts 3 working days from Friday 13 Feb 2026 across Tết to Wednesday 25 Feb", () => {
    const due = dueAfterWorkingDays(calendar, hn("2026-02-13T10:00:00"), 3);
    expect(due.toISOString()).toBe("2026-02-25T16:59:59.999Z"); // 23:59:59.999 on 25 Feb in Hà Nội
  });

  it("counts from the local date of receipt, not the UTC one", () => {
    expect(dueAfterWorkingDays(calendar, hn("2026-03-13T23:30:00"), 1).toISOString()).toBe("2026-03-16T16:59:59.999Z");
    // 00:30 Saturday local (17:30 Friday UTC) counts from Saturday.
    expect(dueAfterWorkingDays(calendar, hn("2026-03-14T00:30:00"), 1).toISOString()).toBe("2026-03-16T16:59:59.999Z");
  });

  it("counts a swapped working Saturday and skips the Friday it replaced", () => {
    expect(isWorkingDay(calendar, "2026-01-10")).toBe(true); // Saturday made a working day
    expect(isWorkingDay(calendar, "2026-01-02")).toBe(false); // Friday given off
    // From Wednesday 31 Dec 2025: 1 Jan and 2 Jan off, Saturday 10 Jan counts.
    expect(dueAfterWorkingDays(calendar, hn("2025-12-31T09:00:00"), 1).toISOString()).toBe("2026-01-05T16:59:59.999Z");
    expect(dueAfterWorkingDays(calendar, hn("2026-01-08T09:00:00"), 2).toISOString()).toBe("2026-01-10T16:59:59.999Z");
  });

  it("skips Hùng Kings' day in lieu and the 30 Apr / 1 May bridge", () => {
    // Friday 24 Apr + 3: Mon 27 off, Tue 28, Wed 29, Thu 30 off, Fri 1 May off, Mon 4 May.
    expect(dueAfterWorkingDays(calendar, hn("2026-04-24T15:00:00"), 3).toISOString()).toBe("2026-05-04T16:59:59.999Z");
  });

  it("counts days overdue in working days only", () => {
    const due = dueAfterWorkingDays(calendar, hn("2026-02-11T10:00:00"), 1); // Thursday 12 Feb
    expect(due.toISOString()).toBe("2026-02-12T16:59:59.999Z");
    expect(workingDaysOverdue(calendar, due, hn("2026-02-12T20:00:00"))).toBe(0);
    expect(workingDaysOverdue(calendar, due, hn("2026-02-13T08:00:00"))).toBe(1); // Friday
    expect(workingDaysOverdue(calendar, due, hn("2026-02-22T12:00:00"))).toBe(1); // Tết and weekends do not count
    expect(workingDaysOverdue(calendar, due, hn("2026-02-24T08:00:00"))).toBe(3); // Mon 23, Tue 24
  });

  it("counts the working days left before a deadline, the mirror of dueAfterWorkingDays", () => {
    const received = hn("2026-02-13T10:00:00"); // Friday before Tết
    const due = dueAfterWorkingDays(calendar, received, 3); // Wednesday 25 Feb
    expect(workingDaysLeft(calendar, due, received)).toBe(3);
    expect(workingDaysLeft(calendar, due, hn("2026-02-20T09:00:00"))).toBe(3); // Tết does not count
    expect(workingDaysLeft(calendar, due, hn("2026-02-24T09:00:00"))).toBe(1);
    expect(workingDaysLeft(calendar, due, hn("2026-02-25T09:00:00"))).toBe(0); // due today
    expect(workingDaysLeft(calendar, due, hn("2026-02-26T09:00:00"))).toBe(0); // past: overdue instead
  });

  it("treats weekends as days off and weekdays without a holiday as working days", () => {
    expect(isWorkingDay(calendar, "2026-03-14")).toBe(false);
    expect(isWorkingDay(calendar, "2026-03-15")).toBe(false);
    expect(isWorkingDay(calendar, "2026-03-16")).toBe(true);
  });

  it("lets a tenant's own day win over the national calendar on its date", () => {
    const own = workingCalendar({
      timezone: "Asia/Ho_Chi_Minh",
      calendar: {
        ...national2026,
        own: [
          { date: "2026-03-16", kind: "holiday" }, // a local festival on a Monday
          { date: "2026-04-30", kind: "worked" }, // a national holiday the tenant works
          { date: "2026-01-10", kind: "holiday" }, // the swapped Saturday, not worked here
        ],
      },
    });
    expect(isWorkingDay(own, "2026-03-16")).toBe(false);
    expect(isWorkingDay(own, "2026-04-30")).toBe(true);
    expect(isWorkingDay(own, "2026-01-10")).toBe(false);
    expect(isWorkingDay(own, "2026-05-01")).toBe(false); // inherited, untouched
  });

  it("ends a period whose last day is a weekend or holiday on the next working day (Civil Code art. 148(5))", () => {
    expect(rollToWorkingDay(calendar, "2026-10-30")).toBe("2026-10-30"); // a working Friday stays
    expect(rollToWorkingDay(calendar, "2026-10-31")).toBe("2026-11-02"); // Saturday → Monday
    expect(rollToWorkingDay(calendar, "2026-02-14")).toBe("2026-02-23"); // Tết and its weekends → Monday 23 Feb
    expect(rollToWorkingDay(calendar, "2026-04-30")).toBe("2026-05-04"); // 30 Apr, 1 May, weekend
    expect(rollToWorkingDay(calendar, "2026-01-10")).toBe("2026-01-10"); // a Saturday worked in exchange
    expect(rollToWorkingDay(calendar, "2026-01-01")).toBe("2026-01-05"); // 1 Jan, the Friday off, weekend
    // A year without national data still knows its weekends (its holidays are not known).
    expect(rollToWorkingDay(calendar, "2030-08-31")).toBe("2030-09-02");
    const own = workingCalendar({
      timezone: "Asia/Ho_Chi_Minh",
      calendar: { ...national2026, own: [{ date: "2026-11-02", kind: "holiday" }] },
    });
    expect(rollToWorkingDay(own, "2026-10-31")).toBe("2026-11-03"); // the tenant's own day off counts too
  });

  it("says when counting went through a year with no national calendar", () => {
    expect(countedWithoutCalendar(calendar, hn("2026-02-13T10:00:00"), hn("2026-02-25T10:00:00"))).toBe(false);
    expect(countedWithoutCalendar(calendar, hn("2026-12-28T10:00:00"), hn("2027-01-08T10:00:00"))).toBe(true);
    expect(countedWithoutCalendar(calendar, hn("2027-01-08T10:00:00"), hn("2026-12-28T10:00:00"))).toBe(true);
    // 1 Jan 2026 00:30 in Hà Nội is still 2025 in UTC: the local year counts.
    expect(countedWithoutCalendar(calendar, hn("2026-01-01T00:30:00"), hn("2026-01-05T10:00:00"))).toBe(false);
  });
});
