import { z } from "zod";

/**
 * A local date as officials write it in documents, YYYY-MM-DD, and one that
 * exists (no 30 February; 29 February only in a leap year). Which instant it
 * means depends on the tenant's time zone: see calendar/local-date.ts.
 */
export const LocalDate = z.iso.date({ error: "Ngày dạng YYYY-MM-DD, có thật · A real date as YYYY-MM-DD" });

/** An instant with its offset, e.g. 2026-09-10T11:45:00+07:00; stored as UTC. */
export const Instant = z.iso.datetime({
  offset: true,
  error: "Thời điểm ISO 8601 kèm múi giờ · An ISO 8601 instant with its offset",
});
