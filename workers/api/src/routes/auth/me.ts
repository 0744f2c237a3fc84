import { z } from "@hono/zod-openapi";
import { documentedRoute } from "../../http/documented-route";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { authenticate } from "../../middleware/authenticate";

export const Me = z
  .object({
    id: z.string(),
    email: z.string(),
    tenant: z.string().nullable(),
    roles: z.array(z.string()),
    unitId: z.string().nullable(),
  })
  .openapi("Me");

const route = documentedRoute({
  operationId: "getCurrentAccount",
  method: "get",
  path: "/me",
  tag: "Auth",
  summary: "Who the bearer token belongs to",
  security: [{ bearer: [] }],
  middleware: [authenticate()] as const,
  responses: {
    200: { description: "The signed-in account", content: { "application/json": { schema: Me } } },
    401: problemContent("No valid bearer token"),
  },
});

export const meRoutes = createRouter().openapi(route, (c) => {
  const actor = c.var.actor;
  return c.json(
    {
      id: actor.userId,
      email: actor.email,
      tenant: c.var.tenantSlug ?? null,
      roles: actor.roles,
      unitId: actor.unitId,
    },
    200,
  );
});
