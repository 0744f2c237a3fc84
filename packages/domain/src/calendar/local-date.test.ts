import { describe, expect, it } from "vitest";
import { dayMonthYear, documentDate } from "./local-date";

describe("documentDate (the date line of an administrative document, Decree 30/2020)", () => {
  it("gives a leading zero to days below 10 only", () => {
    expect(documentDate("2026-09-05")).toBe("ngày 05 tháng 9 năm 2026");
    expect(documentDate("2026-09-10")).toBe("ngày 10 tháng 9 năm 2026");
    expect(documentDate("2026-03-15")).toBe("ngày 15 tháng 3 năm 2026");
  });

  it("gives a leading zero to the months 1 and 2 only", () => {
    expect(documentDate("2027-01-15")).toBe("ngày 15 tháng 01 năm 2027");
    expect(documentDate("2027-02-15")).toBe("ngày 15 tháng 02 năm 2027");
    expect(documentDate("2026-12-15")).toBe("ngày 15 tháng 12 năm 2026");
    expect(documentDate("2026-10-01")).toBe("ngày 01 tháng 10 năm 2026");
  });

  it("keeps dd/mm/yyyy for dates written in running text", () => {
    expect(dayMonthYear("2026-09-05")).toBe("05/09/2026");
  });
});
