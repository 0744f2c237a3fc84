import { z } from "@hono/zod-openapi";
import {
  getPublicHotline,
  listPublicReportCategories,
  PublicHotline,
  PublicReportCategories,
} from "@kycuong/domain/hotline";
import { sha256Hex } from "@kycuong/domain/identity";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { TenantSlug } from "./tenants";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Public";
const params = z.object({ slug: TenantSlug });
const IfNoneMatch = z.object({
  "if-none-match": z.string().max(2000).optional().openapi({ description: "An ETag from an earlier answer" }),
});

/**
 * District websites embed these on every page view; five minutes of caching
 * keeps that traffic off the database, and the ETag lets a cache revalidate
 * for the price of a 304 once an admin has changed something.
 */
const CACHE_CONTROL = "public, max-age=300";

const cachedResponses = {
  304: { description: "Unchanged since the ETag in `If-None-Match`; no body" },
  400: problemContent("Malformed slug"),
  403: problemContent("The tenant is suspended (`tenant_suspended`)"),
  404: problemContent("No such tenant (`tenant_not_found`)"),
} as const;

const hotline = publicRoute({
  operationId: "getPublicHotline",
  method: "get",
  path: "/hotline",
  tag,
  summary: "A district's hotline directory",
  description:
    "No login. The district's hotline numbers and mailboxes with where each is posted, the units' own contacts, and the active units for the report form. Cacheable (`Cache-Control`, strong `ETag`, `If-None-Match` → 304).",
  request: { params, headers: IfNoneMatch },
  responses: {
    200: { description: "The directory", content: { "application/json": { schema: PublicHotline } } },
    ...cachedResponses,
  },
});

const categories = publicRoute({
  operationId: "listPublicReportCategories",
  method: "get",
  path: "/report-categories",
  tag,
  summary: "What a report can be about",
  description:
    "No login. Active categories with their stable `code` and their answer deadline in working days. Cacheable like the hotline directory.",
  request: { params, headers: IfNoneMatch },
  responses: {
    200: { description: "The categories", content: { "application/json": { schema: PublicReportCategories } } },
    ...cachedResponses,
  },
});

/** A strong validator: the SHA-256 of the exact JSON `c.json` sends. */
async function etagOf(body: unknown): Promise<string> {
  return `"${await sha256Hex(JSON.stringify(body))}"`;
}

/** RFC 9110 §13.1.2: If-None-Match compares weakly, so `W/"x"` matches `"x"`; `*` matches anything. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim().replace(/^W\//, "");
    return candidate === "*" || candidate === etag;
  });
}

export const publicHotlineRoutes = createRouter()
  .openapi(hotline, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const body = await getPublicHotline(domainContext(c, { type: "public" }), slug);
    const headers = { "Cache-Control": CACHE_CONTROL, ETag: await etagOf(body) };
    if (matches(c.req.valid("header")["if-none-match"], headers.ETag)) return c.body(null, 304, headers);
    return c.json(body, 200, headers);
  })
  .openapi(categories, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const body = await listPublicReportCategories(domainContext(c, { type: "public" }), slug);
    const headers = { "Cache-Control": CACHE_CONTROL, ETag: await etagOf(body) };
    if (matches(c.req.valid("header")["if-none-match"], headers.ETag)) return c.body(null, 304, headers);
    return c.json(body, 200, headers);
  });
