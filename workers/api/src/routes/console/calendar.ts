import { z } from "@hono/zod-openapi";
import {
  CalendarYearNumber,
  calendarNotices,
  getTenantCalendar,
  localDate,
  PutTenantCalendarDay,
  removeTenantCalendarDay,
  setTenantCalendarDay,
} from "@kycuong/domain/calendar";
import { LocalDate } from "@kycuong/domain/input";
import type { Context } from "hono";
import { areaContext } from "../../console/area-context";
import { consolePage, seeOther } from "../../console/console-page";
import type { AppEnv } from "../../http/app-env";
import { consoleRoute } from "../../http/console-route";
import { formBody } from "../../http/form-body";
import { createRouter } from "../../http/router";
import { type CalendarDayForm, CalendarPage } from "../../pages/console/calendar-page";
import { calt } from "../../pages/console/calendar-text";
import type { FormErrors } from "../../pages/hotline/form-errors";
import { textFields } from "../../pages/hotline/form-values";
import { TenantSlug } from "../public/tenants";

const params = z.object({ slug: TenantSlug });

const show = consoleRoute({
  operationId: "showConsoleCalendar",
  method: "get",
  path: "/settings/calendar",
  summary:
    "The working calendar of a year (this year by default): national days, the district's own, the year's status",
  permission: "settings:read",
  request: {
    params,
    query: z.object({
      year: CalendarYearNumber.optional(),
      saved: z.iso.date().optional(),
      removed: z.iso.date().optional(),
      lang: z.enum(["vi", "en"]).optional(),
    }),
  },
});

const save = consoleRoute({
  operationId: "setConsoleCalendarDay",
  method: "post",
  path: "/settings/calendar",
  summary: "Set one of the district's own days (a day off, or a day worked), as PUT /calendar/{date} does",
  permission: "settings:write",
  request: { params },
  responses: {
    303: { description: "Saved: back to the day's year" },
    400: { description: "The page again, the form's mistakes marked; nothing written" },
  },
});

const remove = consoleRoute({
  operationId: "removeConsoleCalendarDay",
  method: "post",
  path: "/settings/calendar/{date}/remove",
  summary: "Remove one of the district's own days, as DELETE /calendar/{date} does: the national calendar counts again",
  permission: "settings:write",
  request: { params: params.extend({ date: z.iso.date() }) },
  responses: { 303: { description: "Removed (or nothing to remove): back to the day's year" } },
});

/** The page for a year, with what the form says and the errors to show; one batch of data. */
async function calendarPage(
  { ctx, props }: ReturnType<typeof areaContext>,
  year: number | undefined,
  extra: { errors?: FormErrors; form?: CalendarDayForm; done?: { saved: string } | { removed: string } } = {},
) {
  const calendar = await getTenantCalendar(ctx, year);
  const today = localDate(ctx.now, ctx.tenant.timezone);
  return CalendarPage({
    frame: props.frame,
    calendar,
    notices: calendarNotices(ctx.tenant.calendar, today),
    errors: extra.errors ?? {},
    form: extra.form ?? {},
    done: extra.done,
  });
}

const calendarPath = (c: Context<AppEnv>) => `/t/${c.var.tenant.slug}/app/settings/calendar`;

export const consoleCalendarRoutes = createRouter()
  .openapi(show, async (c) => {
    const { year, saved, removed } = c.req.valid("query");
    const done = saved ? { saved } : removed ? { removed } : undefined;
    return consolePage(c, calendarPage(areaContext(c), year, { done }));
  })
  .openapi(save, async (c) => {
    const area = areaContext(c);
    const { lang } = area.props.frame;
    const form = textFields(await formBody(c));
    const errors: FormErrors = {};
    const date = LocalDate.safeParse(form.date ?? "");
    // The year the page showed (a hidden field): anything else is not what this page sent.
    const shownYear = form.year === undefined || CalendarYearNumber.safeParse(form.year).success;
    if (!date.success || !shownYear) errors.date = calt(lang, "dateInvalid");
    const source = form.source?.trim() ? form.source : undefined;
    const day = PutTenantCalendarDay.safeParse({ kind: form.kind, name: form.name ?? "", source });
    if (!day.success) {
      const messages = { kind: "kindInvalid", name: "nameInvalid", source: "sourceInvalid" } as const;
      for (const issue of day.error.issues) {
        const field = String(issue.path[0]) as keyof typeof messages;
        errors[field] = calt(lang, messages[field] ?? "nameInvalid");
      }
    }
    if (date.success && shownYear && day.success) {
      await setTenantCalendarDay(area.ctx, date.data, day.data);
      return seeOther(c, `${calendarPath(c)}?year=${date.data.slice(0, 4)}&saved=${date.data}`);
    }
    const year = date.success ? Number(date.data.slice(0, 4)) : CalendarYearNumber.safeParse(form.year).data;
    const kept = { date: form.date, kind: form.kind, name: form.name, source: form.source };
    return consolePage(c, calendarPage(area, year, { errors, form: kept }), 400);
  })
  .openapi(remove, async (c) => {
    const { date } = c.req.valid("param");
    await removeTenantCalendarDay(areaContext(c).ctx, date);
    return seeOther(c, `${calendarPath(c)}?year=${date.slice(0, 4)}&removed=${date}`);
  });
