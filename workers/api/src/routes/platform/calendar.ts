import { z } from "@hono/zod-openapi";
import {
  getNationalCalendarYear,
  NationalCalendarYear,
  PutNationalCalendarYear,
  putNationalCalendarYear,
} from "@kycuong/domain/calendar";
import { jsonBody, jsonResponse } from "../../http/common-schemas";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";

const tag = "Platform";
const YearParams = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "path" }, example: 2027 }),
});

const get = staffRoute({
  operationId: "getNationalCalendarYear",
  method: "get",
  path: "/{year}",
  tag,
  summary: "One year of Vietnam's national calendar (`status: missing` when the platform has none)",
  permission: "platform:calendar",
  request: { params: YearParams },
  responses: {
    200: jsonResponse(NationalCalendarYear, "The year"),
    400: problemContent("Not a year between 2000 and 2100"),
  },
});

const put = staffRoute({
  operationId: "putNationalCalendarYear",
  method: "put",
  path: "/{year}",
  tag,
  summary: "Replace a year of the national calendar: its status, source and days",
  description:
    "Every tenant inherits it from the next request. Each day must fall in the year and appear once " +
    "(400 `validation_failed` otherwise, nothing written). Audited with the year before and after; " +
    "sending what is already there changes nothing.",
  permission: "platform:calendar",
  request: { params: YearParams, body: jsonBody(PutNationalCalendarYear) },
  responses: {
    200: jsonResponse(NationalCalendarYear, "The year as stored"),
    400: problemContent("Invalid year or days (`validation_failed`)"),
  },
});

/** The national calendar, mounted at `/v1/platform/calendar`. */
export const platformCalendarRoutes = createRouter()
  .openapi(get, async (c) =>
    c.json(await getNationalCalendarYear(domainContext(c, c.var.actor), c.req.valid("param").year), 200),
  )
  .openapi(put, async (c) =>
    c.json(
      await putNationalCalendarYear(domainContext(c, c.var.actor), c.req.valid("param").year, c.req.valid("json")),
      200,
    ),
  );
