import { describe, expect, it } from "vitest";
import { Instant, LocalDate } from "./dates";
import { Id, Slug, snakeCode } from "./ids";
import { PageQuery } from "./page-query";

describe("LocalDate", () => {
  it("takes dates that exist, leap days in leap years only", () => {
    for (const day of ["2026-01-31", "2028-02-29", "2000-02-29", "2026-12-31"]) {
      expect(LocalDate.safeParse(day).success, day).toBe(true);
    }
    for (const day of [
      "2026-02-29",
      "1900-02-29",
      "2026-02-30",
      "2026-04-31",
      "2026-13-01",
      "2026-1-5",
      "05/09/2026",
    ]) {
      expect(LocalDate.safeParse(day).success, day).toBe(false);
    }
  });

  it("says what it wants in both languages", () => {
    const result = LocalDate.safeParse("2026-02-30");
    expect(result.error?.issues[0]?.message).toBe("Ngày dạng YYYY-MM-DD, có thật · A real date as YYYY-MM-DD");
  });
});

describe("Instant", () => {
  it("needs an offset, so a local clock time is never taken for UTC", () => {
    expect(Instant.safeParse("2026-09-10T11:45:00+07:00").success).toBe(true);
    expect(Instant.safeParse("2026-09-10T04:45:00Z").success).toBe(true);
    expect(Instant.safeParse("2026-09-10T11:45:00").success).toBe(false);
  });
});

describe("Id, Slug, snakeCode", () => {
  it("take only their own shapes", () => {
    expect(Id.safeParse("0190f5a0-0000-7000-8000-000000000000").success).toBe(true);
    expect(Id.safeParse("not-an-id").success).toBe(false);
    expect(Slug.safeParse("binh-son").success).toBe(true);
    expect(Slug.safeParse("Binh-Son").success).toBe(false);
    expect(Slug.safeParse("-binh").success).toBe(false);
    expect(snakeCode(2, 40).parse(" thai_do ")).toBe("thai_do");
    expect(snakeCode(2, 40).safeParse("x").success).toBe(false);
  });
});

describe("PageQuery", () => {
  it("pages by 50 unless asked, never more than 100", () => {
    expect(PageQuery.parse({})).toEqual({ limit: 50 });
    expect(PageQuery.parse({ limit: "100", cursor: "abc" })).toEqual({ limit: 100, cursor: "abc" });
    expect(PageQuery.safeParse({ limit: "101" }).success).toBe(false);
    expect(PageQuery.safeParse({ limit: "0" }).success).toBe(false);
  });
});
