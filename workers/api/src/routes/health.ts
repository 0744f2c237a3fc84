import { z } from "@hono/zod-openapi";
import { pingDatabase } from "@kycuong/db";
import { publicRoute } from "../http/documented-route";
import { createRouter } from "../http/router";
import { APP_VERSION } from "../version";

const Health = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    db: z.enum(["ok", "down"]),
    version: z.string(),
  })
  .openapi("Health");

const route = publicRoute({
  operationId: "getHealth",
  method: "get",
  path: "/health",
  tag: "Operations",
  summary: "Liveness and database reachability",
  description:
    "Runs a real query against libSQL. 503 keeps the same body shape (not a problem document) so that monitors can read `db` either way.",
  responses: {
    200: { description: "Serving, database reachable", content: { "application/json": { schema: Health } } },
    503: { description: "Serving, database unreachable", content: { "application/json": { schema: Health } } },
  },
});

/** How long a health probe waits for the database before calling it down. */
const DB_TIMEOUT_MS = 3_000;

export const healthRoutes = createRouter().openapi(route, async (c) => {
  const reachable = await pingDatabase(c.var.db, DB_TIMEOUT_MS);
  c.header("Cache-Control", "no-store");
  if (reachable) return c.json({ status: "ok" as const, db: "ok" as const, version: APP_VERSION }, 200);
  return c.json({ status: "unavailable" as const, db: "down" as const, version: APP_VERSION }, 503);
});
