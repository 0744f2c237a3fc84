import { nationalCalendarDays, nationalCalendarYears, nationalDayKinds } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { DomainError, type FieldError } from "../errors";
import { LocalDate } from "../input/dates";
import { text } from "../input/text";

/** A calendar year's status: `missing` when the platform has no national data for it. */
export const CalendarYearStatus = z.enum(["announced", "projected", "missing"]);
export type CalendarYearStatus = z.infer<typeof CalendarYearStatus>;

/** The year in a calendar URL or query: a whole year the calendar can hold. */
export const CalendarYearNumber = z.coerce.number().int().min(2000).max(2100);

export const NationalCalendarDay = z
  .object({
    date: z.string(),
    /** `holiday`; `day_off_in_lieu` (a weekday off for a holiday on a weekend, or swapped); `working_day` (a weekend day worked). */
    kind: z.enum(nationalDayKinds),
    nameVi: z.string(),
    nameEn: z.string(),
  })
  .meta({ id: "NationalCalendarDay" });

/** One year of Vietnam's calendar for officials, as the platform keeps it. */
export const NationalCalendarYear = z
  .object({
    year: z.int(),
    status: CalendarYearStatus,
    /** The notice the days come from, or how a projection was made; null when missing. */
    source: z.string().nullable(),
    updatedAt: z.string().nullable(),
    days: z.array(NationalCalendarDay),
  })
  .meta({ id: "NationalCalendarYear" });
export type NationalCalendarYear = z.infer<typeof NationalCalendarYear>;

/** A whole year, replacing what the platform had for it (a projection replaced by the notice, a correction). */
export const PutNationalCalendarYear = z
  .strictObject({
    status: z.enum(["announced", "projected"]),
    source: text({ min: 1, max: 500 }),
    days: z
      .array(
        z.strictObject({
          date: LocalDate,
          kind: z.enum(nationalDayKinds),
          nameVi: text({ min: 1, max: 200 }),
          nameEn: text({ min: 1, max: 200 }),
        }),
      )
      .max(60),
  })
  .meta({ id: "PutNationalCalendarYear" });
export type PutNationalCalendarYear = z.infer<typeof PutNationalCalendarYear>;

/** The national calendar of a year, `missing` (with no days) when the platform has none. */
export async function getNationalCalendarYear(ctx: DomainContext, year: number): Promise<NationalCalendarYear> {
  assertCan(ctx, "platform:calendar");
  return readYear(ctx, year);
}

async function readYear(ctx: DomainContext, year: number): Promise<NationalCalendarYear> {
  const [found, days] = await ctx.db.batch([
    ctx.db.select().from(nationalCalendarYears).where(eq(nationalCalendarYears.year, year)).limit(1),
    ctx.db
      .select({
        date: nationalCalendarDays.date,
        kind: nationalCalendarDays.kind,
        nameVi: nationalCalendarDays.nameVi,
        nameEn: nationalCalendarDays.nameEn,
      })
      .from(nationalCalendarDays)
      .where(eq(nationalCalendarDays.year, year))
      .orderBy(nationalCalendarDays.date),
  ]);
  const row = found[0];
  if (!row) return { year, status: "missing", source: null, updatedAt: null, days: [] };
  return { year, status: row.status, source: row.source, updatedAt: row.updatedAt, days };
}

/**
 * Replaces a year of the national calendar with its days, audited (before
 * and after). Every tenant counts with it from the next request. Sending
 * what is already there changes nothing and writes no audit entry.
 */
export async function putNationalCalendarYear(
  ctx: DomainContext,
  year: number,
  input: PutNationalCalendarYear,
): Promise<NationalCalendarYear> {
  assertCan(ctx, "platform:calendar");
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  input.days.forEach((day, i) => {
    if (!day.date.startsWith(`${year}-`)) {
      problems.push({ path: `body.days.${i}.date`, message: `Ngày phải thuộc năm ${year} · Must be in ${year}` });
    } else if (seen.has(day.date)) {
      problems.push({ path: `body.days.${i}.date`, message: "Ngày bị lặp · Listed twice" });
    }
    seen.add(day.date);
  });
  if (problems.length > 0) {
    throw new DomainError("validation_failed", "Lịch năm không hợp lệ · The calendar year is invalid", problems);
  }
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  const before = await readYear(ctx, year);
  const unchanged = before.status === input.status && before.source === input.source && sameDays(before.days, days);
  if (unchanged) return before;

  const updatedAt = ctx.now.toISOString();
  const after: NationalCalendarYear = { year, status: input.status, source: input.source, updatedAt, days };
  await ctx.db.batch([
    ctx.db.delete(nationalCalendarDays).where(eq(nationalCalendarDays.year, year)),
    ctx.db
      .insert(nationalCalendarYears)
      .values({ year, status: input.status, source: input.source, updatedAt })
      .onConflictDoUpdate({
        target: nationalCalendarYears.year,
        set: { status: input.status, source: input.source, updatedAt },
      }),
    ...(days.length > 0 ? [ctx.db.insert(nationalCalendarDays).values(days.map((day) => ({ ...day, year })))] : []),
    // Platform data: the entry belongs to no tenant.
    auditEntry(ctx, {
      tenantId: null,
      action: before.status === "missing" ? "national_calendar.created" : "national_calendar.updated",
      entityType: "national_calendar_year",
      entityId: String(year),
      before: before.status === "missing" ? null : { status: before.status, source: before.source, days: before.days },
      after: { status: after.status, source: after.source, days: after.days },
    }),
  ]);
  return after;
}

function sameDays(
  a: readonly NationalCalendarYear["days"][number][],
  b: readonly NationalCalendarYear["days"][number][],
) {
  return (
    JSON.stringify(a) === JSON.stringify(b.map(({ date, kind, nameVi, nameEn }) => ({ date, kind, nameVi, nameEn })))
  );
}
