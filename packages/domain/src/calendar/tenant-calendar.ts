import {
  inTenant,
  nationalCalendarDays,
  nationalCalendarYears,
  nationalDayKinds,
  tenantCalendarDays,
  tenantDayKinds,
} from "@kycuong/db";
import { between, eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { text } from "../input/text";
import { localDate } from "./local-date";
import { CalendarYearStatus } from "./national-calendar";

/** One day of a tenant's effective calendar that is not an ordinary weekday or weekend. */
export const EffectiveCalendarDay = z
  .object({
    date: z.string(),
    /** The national kinds, or the tenant's own `holiday` / `worked`. */
    kind: z.enum([...nationalDayKinds, "worked"]),
    /** Whether the day is off (no deadline counts it) or worked. */
    dayOff: z.boolean(),
    name: z.string(),
    /** The national day's English name; null for the tenant's own days. */
    nameEn: z.string().nullable(),
    origin: z.enum(["national", "tenant"]),
    /** The national year's source, or what the tenant gave for its own day. */
    source: z.string().nullable(),
    /** For a tenant's day on a date the national calendar lists: the national day it replaces. */
    replaces: z.object({ kind: z.enum(nationalDayKinds), nameVi: z.string(), nameEn: z.string() }).nullable(),
  })
  .meta({ id: "EffectiveCalendarDay" });
export type EffectiveCalendarDay = z.infer<typeof EffectiveCalendarDay>;

/** A tenant's working calendar for one year: the national calendar it inherits, with its own days. */
export const TenantCalendar = z
  .object({
    year: z.int(),
    /** The national year's status; `missing` when the platform has no national data for it. */
    status: CalendarYearStatus,
    /** The national year's source; null when missing. */
    source: z.string().nullable(),
    /** True when the year is missing: deadlines through it are counted with weekends and the tenant's own days only. */
    countedWithoutCalendar: z.boolean(),
    days: z.array(EffectiveCalendarDay),
  })
  .meta({ id: "TenantCalendar" });
export type TenantCalendar = z.infer<typeof TenantCalendar>;

/** A tenant's own day: a day off of its own (`holiday`), or a day it works (`worked`) whatever the national calendar says. */
export const PutTenantCalendarDay = z
  .strictObject({
    kind: z.enum(tenantDayKinds),
    name: text({ min: 1, max: 200 }),
    source: text({ min: 1, max: 500 }).optional(),
  })
  .meta({ id: "PutTenantCalendarDay" });
export type PutTenantCalendarDay = z.infer<typeof PutTenantCalendarDay>;

export const TenantCalendarDay = z
  .object({
    date: z.string(),
    kind: z.enum(tenantDayKinds),
    name: z.string(),
    source: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "TenantCalendarDay" });
export type TenantCalendarDay = z.infer<typeof TenantCalendarDay>;

/**
 * The tenant's effective calendar for a year (this year in its time zone
 * when none is asked) in one round trip: the national days, minus the
 * dates the tenant changed, plus its own days.
 */
export async function getTenantCalendar(ctx: TenantContext, wanted?: number): Promise<TenantCalendar> {
  assertCan(ctx, "settings:read");
  const year = wanted ?? Number(localDate(ctx.now, ctx.tenant.timezone).slice(0, 4));
  const [years, national, own] = await ctx.db.batch([
    ctx.db.select().from(nationalCalendarYears).where(eq(nationalCalendarYears.year, year)).limit(1),
    ctx.db.select().from(nationalCalendarDays).where(eq(nationalCalendarDays.year, year)),
    ctx.db
      .select()
      .from(tenantCalendarDays)
      .where(
        inTenant(tenantCalendarDays, ctx.tenant.id, between(tenantCalendarDays.date, `${year}-01-01`, `${year}-12-31`)),
      ),
  ]);
  const yearRow = years[0];
  const byDate = new Map<string, EffectiveCalendarDay>();
  for (const day of national) {
    byDate.set(day.date, {
      date: day.date,
      kind: day.kind,
      dayOff: day.kind !== "working_day",
      name: day.nameVi,
      nameEn: day.nameEn,
      origin: "national",
      source: yearRow?.source ?? null,
      replaces: null,
    });
  }
  for (const day of own) {
    const inherited = national.find((n) => n.date === day.date);
    byDate.set(day.date, {
      date: day.date,
      kind: day.kind,
      dayOff: day.kind === "holiday",
      name: day.name,
      nameEn: null,
      origin: "tenant",
      source: day.source,
      replaces: inherited ? { kind: inherited.kind, nameVi: inherited.nameVi, nameEn: inherited.nameEn } : null,
    });
  }
  return {
    year,
    status: yearRow?.status ?? "missing",
    source: yearRow?.source ?? null,
    countedWithoutCalendar: !yearRow,
    days: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/**
 * Sets one of the tenant's own days (a new one, or a change), audited.
 * Sending what is already there changes nothing and writes no audit entry.
 */
export async function setTenantCalendarDay(
  ctx: TenantContext,
  date: string,
  input: PutTenantCalendarDay,
): Promise<TenantCalendarDay> {
  assertCan(ctx, "settings:write");
  const [before] = await ctx.db
    .select()
    .from(tenantCalendarDays)
    .where(inTenant(tenantCalendarDays, ctx.tenant.id, eq(tenantCalendarDays.date, date)))
    .limit(1);
  const source = input.source ?? null;
  if (before && before.kind === input.kind && before.name === input.name && before.source === source) {
    return toTenantCalendarDay(before);
  }
  const at = ctx.now.toISOString();
  const after = {
    tenantId: ctx.tenant.id,
    date,
    kind: input.kind,
    name: input.name,
    source,
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
  };
  await ctx.db.batch([
    ctx.db
      .insert(tenantCalendarDays)
      .values(after)
      .onConflictDoUpdate({
        target: [tenantCalendarDays.tenantId, tenantCalendarDays.date],
        set: { kind: input.kind, name: input.name, source, updatedAt: at },
      }),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "tenant.calendar_day_set",
      entityType: "tenant_calendar_day",
      entityId: date,
      before: before ? { kind: before.kind, name: before.name, source: before.source } : null,
      after: { kind: after.kind, name: after.name, source: after.source },
    }),
  ]);
  return toTenantCalendarDay(after);
}

/** Removes one of the tenant's own days, so the national calendar counts again on that date. Idempotent. */
export async function removeTenantCalendarDay(ctx: TenantContext, date: string): Promise<void> {
  assertCan(ctx, "settings:write");
  const own = inTenant(tenantCalendarDays, ctx.tenant.id, eq(tenantCalendarDays.date, date));
  const [before] = await ctx.db.select().from(tenantCalendarDays).where(own).limit(1);
  if (!before) return;
  await ctx.db.batch([
    ctx.db.delete(tenantCalendarDays).where(own),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "tenant.calendar_day_removed",
      entityType: "tenant_calendar_day",
      entityId: date,
      before: { kind: before.kind, name: before.name, source: before.source },
      after: null,
    }),
  ]);
}

function toTenantCalendarDay(row: typeof tenantCalendarDays.$inferSelect): TenantCalendarDay {
  return {
    date: row.date,
    kind: row.kind,
    name: row.name,
    source: row.source,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
