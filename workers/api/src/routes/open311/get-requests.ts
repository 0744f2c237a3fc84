import { z } from "@hono/zod-openapi";
import {
  getOpen311Request,
  listOpen311Requests,
  OPEN311_MAX_RESULTS,
  OPEN311_MAX_SPAN_DAYS,
  Open311Request,
  type Open311Status,
} from "@kycuong/domain/open311";
import { createMiddleware } from "hono/factory";
import { trackingCodeLookupLimit } from "../../hotline/intake-guards";
import type { AppEnv } from "../../http/app-env";
import { jsonResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import {
  createOpen311Router,
  JurisdictionQuery,
  jurisdictionContext,
  open311ErrorContent,
  open311Errors,
  tag,
} from "./open311-router";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const privacy =
  "Public fields only: id (the tracking code), status, a fixed status note, service, unit responsible and dates. " +
  "Never the description (`description` is always null), location, reporter's contact, answer or rejection reason: " +
  "a report is a citizen's words about named officials, and anyone can read this. The reporter reads all of it " +
  "with their receipt. `status` is `closed` once resolved, closed, rejected or merged as a duplicate.";

const commaList = (pattern: RegExp, description: string) =>
  z.string().max(2000).regex(pattern, "Danh sách ngăn cách bởi dấu phẩy · A comma-separated list").optional().openapi({
    description,
  });
const instant = z.iso.datetime({ offset: true }).optional();

/** Tracking codes one look-up may name: each counts against the client's guesses (RECEIPT_RATE_LIMITER). */
export const OPEN311_MAX_IDS = 10;

const ListQuery = JurisdictionQuery.extend({
  service_request_id: commaList(
    /^[A-Za-z0-9 -]+(,[A-Za-z0-9 -]+)*$/,
    `Tracking codes (at most ${OPEN311_MAX_IDS}, each counted as a guess); overrides every other filter`,
  ).refine((value) => (splitList(value)?.length ?? 0) <= OPEN311_MAX_IDS, {
    message: `Tối đa ${OPEN311_MAX_IDS} mã mỗi lần · At most ${OPEN311_MAX_IDS} codes per request`,
  }),
  service_code: commaList(/^[a-z0-9_]+(,[a-z0-9_]+)*$/, "Service codes"),
  status: commaList(/^(open|closed)(,(open|closed))*$/, "`open`, `closed` or both"),
  start_date: instant.openapi({
    description: `Requested at or after (ISO 8601); default ${OPEN311_MAX_SPAN_DAYS} days before end_date`,
  }),
  end_date: instant.openapi({ description: "Requested at or before (ISO 8601); default now" }),
});

const Requests = z.array(Open311Request);
const errors = {
  400: open311ErrorContent("`jurisdiction_id` missing, or a malformed filter"),
  403: open311ErrorContent("The tenant is suspended"),
  404: open311ErrorContent("No tenant with this `jurisdiction_id`, or no request with this id in it"),
} as const;

const list = publicRoute({
  operationId: "listOpen311Requests",
  method: "get",
  path: "/open311/v2/requests.json",
  tag,
  summary: "Open311: reports and their status",
  description:
    `GeoReport v2 GET Service Requests. No login. Newest first, at most ${OPEN311_MAX_RESULTS}, within ` +
    `${OPEN311_MAX_SPAN_DAYS} days (a longer range is refused). ${privacy}`,
  // Each tracking code named is a guess, counted like a receipt guess (browsing counts nothing).
  // Over the cap the request is refused (400) before anything is read, so it costs nothing.
  middleware: [
    trackingCodeLookupLimit((c) => {
      const codes = splitList(c.req.query("service_request_id"))?.length ?? 0;
      return codes <= OPEN311_MAX_IDS ? codes : 0;
    }),
  ],
  request: { query: ListQuery },
  responses: { 200: jsonResponse(Requests, "The requests"), ...errors },
});

const one = publicRoute({
  operationId: "getOpen311Request",
  method: "get",
  // Hono reads `:service_request_id.json` as one parameter named "service_request_id.json" holding
  // the whole segment, so the id is cut from it in the handler and documented by hand here.
  path: "/open311/v2/requests/{service_request_id}.json",
  tag,
  summary: "Open311: one report's status",
  description: `GeoReport v2 GET Service Request: an array of one. ${privacy} Another tenant's id answers 404, like an unknown one.`,
  parameters: [
    {
      name: "service_request_id",
      in: "path",
      required: true,
      description: "The tracking code",
      schema: { type: "string", example: "K7QM-4HZP-XR" },
    },
  ],
  middleware: [
    // Only `.json` is served; the spec's XML (and anything else) is a 404 before any other check.
    createMiddleware<AppEnv>(async (c, next) => {
      if (!idOf(c.req.param("service_request_id.json"))) {
        return open311Errors(c, 404, ["Chỉ hỗ trợ định dạng .json · Only .json is served"]);
      }
      await next();
    }),
    trackingCodeLookupLimit(() => 1),
  ],
  request: { query: JurisdictionQuery },
  responses: { 200: jsonResponse(Requests, "The request"), ...errors },
});

function idOf(segment: string | undefined): string | null {
  return segment?.endsWith(".json") ? segment.slice(0, -".json".length) : null;
}

function splitList(value: string | undefined): string[] | undefined {
  return value
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

export const open311RequestReadRoutes = createOpen311Router()
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const ctx = await jurisdictionContext(c, query.jurisdiction_id);
    const requests = await listOpen311Requests(ctx, {
      ids: splitList(query.service_request_id),
      serviceCodes: splitList(query.service_code),
      statuses: splitList(query.status) as Open311Status[] | undefined,
      startDate: query.start_date,
      endDate: query.end_date,
      lang: query.lang,
    });
    return c.json(requests, 200);
  })
  .openapi(one, async (c) => {
    const { jurisdiction_id: slug, lang } = c.req.valid("query");
    const ctx = await jurisdictionContext(c, slug);
    const id = idOf(c.req.param("service_request_id.json")) ?? "";
    return c.json([await getOpen311Request(ctx, id, lang)], 200);
  });
