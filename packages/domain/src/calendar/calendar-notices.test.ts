import { describe, expect, it } from "vitest";
import type { CalendarData } from "./calendar-data";
import { calendarNotices } from "./calendar-notices";

const data = (years: CalendarData["years"]): CalendarData => ({ years, national: [], own: [] });

describe("calendarNotices: the national years someone must act on", () => {
  it("watches this year, and from 1 November the next one too", () => {
    const calendar = data({ "2026": "announced", "2027": "projected" });
    expect(calendarNotices(calendar, "2026-10-31")).toEqual([]);
    expect(calendarNotices(calendar, "2026-11-01")).toEqual([{ year: 2027, status: "projected" }]);
    expect(calendarNotices(calendar, "2027-03-08")).toEqual([{ year: 2027, status: "projected" }]);
    expect(calendarNotices(calendar, "2027-11-01")).toEqual([
      { year: 2027, status: "projected" },
      { year: 2028, status: "missing" },
    ]);
    expect(calendarNotices(calendar, "2028-01-03")).toEqual([{ year: 2028, status: "missing" }]);
  });

  it("says nothing about an announced year", () => {
    expect(calendarNotices(data({ "2026": "announced", "2027": "announced" }), "2026-12-31")).toEqual([]);
  });
});
