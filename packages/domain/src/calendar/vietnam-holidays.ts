import type { z } from "zod";
import type { CalendarYear } from "../tenants/tenant-settings";

/**
 * Public holidays for officials (Monday–Friday workers) as announced each
 * year, to seed tenants' working calendars. Lunar holidays move, and the
 * government swaps working days every year, so these are data: check each
 * year's announcement before relying on it and keep the source with it.
 */
export const vietnamHolidays: Record<string, z.input<typeof CalendarYear>> = {
  "2026": {
    holidays: [
      "2026-01-01", // Tết Dương lịch (Thursday)
      "2026-01-02", // Friday off, made up on Saturday 10 Jan
      "2026-02-16", // Tết Bính Ngọ: Monday 16 – Friday 20 Feb (with weekends 14–22 Feb)
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-27", // Giỗ Tổ Hùng Vương falls on Sunday 26 Apr: Monday off in lieu
      "2026-04-30", // Ngày Giải phóng miền Nam (Thursday)
      "2026-05-01", // Quốc tế Lao động (Friday)
      "2026-09-01", // Quốc khánh: the adjacent day
      "2026-09-02", // Quốc khánh (Wednesday)
    ],
    workingDays: ["2026-01-10"],
    source:
      "shared/DOMAIN.md (Tết 16–20 Feb, 27 Apr, 30 Apr, 1 May, 2 Sep); 2 Jan/10 Jan swap and 1 Sep as proposed by the Ministry of Home Affairs — verify against the Prime Minister's notice",
  },
  "2027": {
    holidays: [
      "2027-01-01", // Tết Dương lịch (Friday)
      "2027-02-04", // Tết Đinh Mùi (lunar new year's day: Saturday 6 Feb): 4–10 Feb on weekdays
      "2027-02-05",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-04-16", // Giỗ Tổ Hùng Vương, 10/3 lunar (Friday)
      "2027-04-30", // Friday
      "2027-05-03", // 1 May falls on Saturday: Monday off in lieu
      "2027-09-02", // Quốc khánh (Thursday)
      "2027-09-03", // the adjacent day (Friday)
    ],
    workingDays: [],
    source:
      "Projected from the Labour Code 2019 (art. 112) and the 2027 lunar calendar; not yet announced on 2026-11-27 — replace with the Prime Minister's notice",
  },
};
