import { z } from "@hono/zod-openapi";
import { SLUG_PATTERN } from "@kycuong/domain/input";
import { getPublicTenant } from "@kycuong/domain/tenants";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";

export const TenantSlug = z
  .string()
  .regex(
    SLUG_PATTERN,
    "Mã đơn vị chỉ gồm chữ thường, số và dấu gạch ngang · Lowercase letters, digits and hyphens only",
  )
  .openapi({ param: { name: "slug", in: "path" }, example: "binh-son" });

const PublicTenant = z
  .object({
    slug: z.string(),
    name: z.string(),
    level: z.enum(["province", "district", "commune"]),
    province: z.string(),
    timezone: z.string(),
  })
  .openapi("PublicTenant");

const route = publicRoute({
  operationId: "getPublicTenant",
  method: "get",
  path: "/",
  tag: "Public",
  summary: "A local government's public profile",
  description: "No login. Its hotline and report form build on this.",
  request: { params: z.object({ slug: TenantSlug }) },
  responses: {
    200: { description: "The tenant", content: { "application/json": { schema: PublicTenant } } },
    400: problemContent("Malformed slug"),
    403: problemContent("The tenant is suspended (`tenant_suspended`)"),
    404: problemContent("No such tenant (`tenant_not_found`)"),
  },
});

export const publicTenantRoutes = createRouter().openapi(route, async (c) => {
  const { slug } = c.req.valid("param");
  c.set("tenantSlug", slug);
  const tenant = await getPublicTenant(domainContext(c, { type: "public" }), slug);
  return c.json(tenant, 200);
});
