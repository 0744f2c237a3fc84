import { z } from "@hono/zod-openapi";
import { listOpen311Services, Open311Service } from "@kycuong/domain/open311";
import { jsonResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { createOpen311Router, JurisdictionQuery, open311ErrorContent, tag } from "./open311-router";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const services = publicRoute({
  operationId: "listOpen311Services",
  method: "get",
  path: "/open311/v2/services.json",
  tag,
  summary: "Open311: the report categories as services",
  description:
    "GeoReport v2 service list. No login. The tenant's active report categories; `service_code` is the category's " +
    "stable code. `metadata` is always false (a report needs no extra attributes) and `type` always `realtime` " +
    "(POST answers the request id at once). Only `.json` is served. Cacheable for five minutes.",
  request: { query: JurisdictionQuery },
  responses: {
    200: jsonResponse(z.array(Open311Service), "The services"),
    400: open311ErrorContent("`jurisdiction_id` missing"),
    403: open311ErrorContent("The tenant is suspended"),
    404: open311ErrorContent("No tenant with this `jurisdiction_id`"),
  },
});

export const open311ServiceRoutes = createOpen311Router().openapi(services, async (c) => {
  const { jurisdiction_id: slug, lang } = c.req.valid("query");
  c.set("tenantSlug", slug);
  const items = await listOpen311Services(domainContext(c, { type: "public" }), slug, lang);
  return c.json(items, 200, { "Cache-Control": "public, max-age=300" });
});
