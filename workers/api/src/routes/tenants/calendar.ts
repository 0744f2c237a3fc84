import { z } from "@hono/zod-openapi";
import {
  getTenantCalendar,
  PutTenantCalendarDay,
  removeTenantCalendarDay,
  setTenantCalendarDay,
  TenantCalendar,
  TenantCalendarDay,
} from "@kycuong/domain/calendar";
import { jsonBody, jsonResponse, SlugParam, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// The working calendar sits with the tenant's rules.
const tag = "Settings";
const DayParams = z.object({
  slug: SlugParam,
  date: z.iso.date().openapi({ param: { name: "date", in: "path" }, example: "2026-10-20" }),
});

const get = staffRoute({
  operationId: "getTenantCalendar",
  method: "get",
  path: "/",
  tag,
  summary: "The tenant's working calendar for a year: the national days it inherits and its own",
  description:
    "Each day with its name, `origin` (`national` or `tenant`) and source; the national year's `status` " +
    "(`announced`, `projected`, or `missing` when the platform has no calendar for it, in which case " +
    "`countedWithoutCalendar` is true). `year` defaults to this year in the tenant's time zone.",
  permission: "settings:read",
  request: {
    params: TenantParams,
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ example: 2026 }) }),
  },
  responses: {
    200: jsonResponse(TenantCalendar, "The effective calendar"),
    400: problemContent("Not a year between 2000 and 2100"),
  },
});

const put = staffRoute({
  operationId: "setTenantCalendarDay",
  method: "put",
  path: "/{date}",
  tag,
  summary: "Set one of the tenant's own days: a day off of its own (`holiday`) or a day it works (`worked`)",
  description:
    "On its date the tenant's day wins over the national calendar (a local festival; a national holiday " +
    "the tenant works). Audited; sending the same day again changes nothing. The national calendar itself " +
    "is the platform's (`/v1/platform/calendar/{year}`).",
  permission: "settings:write",
  request: { params: DayParams, body: jsonBody(PutTenantCalendarDay) },
  responses: {
    200: jsonResponse(TenantCalendarDay, "The day as stored"),
    400: problemContent("Not a real date, or a bad body (`validation_failed`)"),
  },
});

const remove = staffRoute({
  operationId: "removeTenantCalendarDay",
  method: "delete",
  path: "/{date}",
  tag,
  summary: "Remove one of the tenant's own days: the national calendar counts again on that date",
  permission: "settings:write",
  request: { params: DayParams },
  responses: {
    204: { description: "Removed (also when there was nothing to remove)" },
    400: problemContent("Not a real date"),
  },
});

/** The tenant's working calendar, mounted at `/v1/tenants/{slug}/calendar`. */
export const calendarRoutes = createRouter()
  .openapi(get, async (c) => c.json(await getTenantCalendar(tenantContext(c), c.req.valid("query").year), 200))
  .openapi(put, async (c) => {
    const { date } = c.req.valid("param");
    return c.json(await setTenantCalendarDay(tenantContext(c), date, c.req.valid("json")), 200);
  })
  .openapi(remove, async (c) => {
    await removeTenantCalendarDay(tenantContext(c), c.req.valid("param").date);
    return c.body(null, 204);
  });
