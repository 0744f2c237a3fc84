import { describe, expect, it } from "vitest";
import { addCalendarMonths } from "./add-months";

describe("addCalendarMonths", () => {
  it("keeps the day of the month when the target month has it", () => {
    expect(addCalendarMonths("2026-08-31", 2)).toBe("2026-10-31");
    expect(addCalendarMonths("2026-03-15", 2)).toBe("2026-05-15");
    expect(addCalendarMonths("2026-11-30", 2)).toBe("2027-01-30");
  });

  it("clamps to the last day of a shorter month instead of spilling into the next", () => {
    expect(addCalendarMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addCalendarMonths("2027-12-31", 2)).toBe("2028-02-29"); // 2028 is a leap year
    expect(addCalendarMonths("2099-12-31", 2)).toBe("2100-02-28"); // 2100 is not
    expect(addCalendarMonths("2026-08-31", 1)).toBe("2026-09-30");
    expect(addCalendarMonths("2026-10-31", 1)).toBe("2026-11-30");
  });

  it("crosses year ends in both directions and counts months, not days", () => {
    expect(addCalendarMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addCalendarMonths("2026-01-31", 24)).toBe("2028-01-31");
    expect(addCalendarMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addCalendarMonths("2026-01-15", -2)).toBe("2025-11-15");
    expect(addCalendarMonths("2026-05-20", 0)).toBe("2026-05-20");
  });

  it("refuses what is not a date or a whole number of months", () => {
    expect(() => addCalendarMonths("31/08/2026", 2)).toThrow(RangeError);
    expect(() => addCalendarMonths("2026-08-31", 1.5)).toThrow(RangeError);
  });
});
