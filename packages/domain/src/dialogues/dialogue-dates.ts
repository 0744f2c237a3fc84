import { addCalendarMonths } from "../calendar/add-months";
import { endOfLocalDay, localDate } from "../calendar/local-date";
import { rollToWorkingDay, workingCalendar } from "../calendar/working-calendar";
import type { TenantContext, TenantRef } from "../context";
import { DomainError } from "../errors";

/**
 * The dates of a dialogue: all are local dates in the tenant's time zone,
 * compared as `YYYY-MM-DD` strings; deadlines run to the end of their day.
 */

export function today(ctx: TenantContext): string {
  return localDate(ctx.now, ctx.tenant.timezone);
}

/**
 * R5: session date + the tenant's N calendar months (clamped to the month's
 * last day), moved to the next working day when that is a day off (Civil
 * Code art. 148(5)), due at the end of that local day. An explicit date may
 * replace it, but never one before the session; it is kept as the chair set
 * it: a date named in a conclusion is a point in time, not a counted period.
 */
export function conclusionDeadline(
  tenant: TenantRef,
  heldOn: string,
  explicitDueOn?: string,
): { dueOn: string; dueAt: string } {
  if (explicitDueOn !== undefined) assertNotBeforeSession(explicitDueOn, heldOn, "body.dueOn");
  const dueOn =
    explicitDueOn ??
    rollToWorkingDay(
      workingCalendar(tenant),
      addCalendarMonths(heldOn, tenant.settings.dialogueConclusionDeadlineMonths),
    );
  return { dueOn, dueAt: endOfLocalDay(dueOn, tenant.timezone).toISOString() };
}

/**
 * When a resolution counts as made: the moment it was recorded when that is
 * its day, else the end of the day given, the latest moment it can have
 * happened. Either way it falls on `resolvedOn`, so "resolved within the
 * deadline" (resolvedAt ≤ dueAt) means resolvedOn ≤ dueOn.
 */
export function resolvedInstant(ctx: TenantContext, resolvedOn: string): string {
  const endOfDay = endOfLocalDay(resolvedOn, ctx.tenant.timezone).getTime();
  return new Date(Math.min(endOfDay, ctx.now.getTime())).toISOString();
}

export function assertNotInFuture(ctx: TenantContext, date: string, path: string): void {
  if (date <= today(ctx)) return;
  throw new DomainError("date_in_future", "Ngày này chưa đến · This date is in the future", [
    { path, message: `Không được sau hôm nay (${today(ctx)}) · Must not be after today (${today(ctx)})` },
  ]);
}

export function assertNotBeforeSession(date: string, heldOn: string, path: string): void {
  if (date >= heldOn) return;
  throw new DomainError(
    "date_before_session",
    "Ngày này trước ngày đối thoại · This date is before the dialogue session",
    [{ path, message: `Không được trước ${heldOn} · Must not be before ${heldOn}` }],
  );
}

/** A period of local dates, both ends inclusive, must not run backwards. */
export function assertPeriod(from: string | undefined, to: string | undefined): void {
  if (!from || !to || from <= to) return;
  throw new DomainError("invalid_period", "Khoảng thời gian ngược · The period runs backwards", [
    { path: "query.to", message: `Không được trước ${from} · Must not be before ${from}` },
  ]);
}
