import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http/app-env";
import { handleError } from "./http/error-handler";
import { notFoundHandler } from "./http/not-found";
import { bodySizeLimit } from "./middleware/body-size-limit";
import { requestId } from "./middleware/request-id";
import { requestLog } from "./middleware/request-log";
import { tenantAccess } from "./middleware/tenant-access";
import { workerConfig } from "./middleware/worker-config";
import { apiDocsRoutes } from "./routes/api-docs";
import { jwksRoutes } from "./routes/auth/jwks";
import { meRoutes } from "./routes/auth/me";
import { sessionRoutes } from "./routes/auth/session";
import { healthRoutes } from "./routes/health";
import { publicTenantRoutes } from "./routes/public/tenants";
import { unitRoutes } from "./routes/tenants/units";

/** Default cap on request bodies; upload routes will set their own. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The API: request id and log first (so even a misconfigured deployment's
 * answers can be traced), then the env check, then routes by area.
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  app.use("*", requestLog());
  app.use("*", bodySizeLimit({ maxBytes: MAX_BODY_BYTES }));
  app.use("*", workerConfig());

  // Every staff route of a tenant: authenticated, and only for its own staff.
  app.use("/v1/tenants/:slug/*", tenantAccess());

  app.route("/", healthRoutes);
  app.route("/", publicTenantRoutes);
  app.route("/", sessionRoutes);
  app.route("/", meRoutes);
  app.route("/", jwksRoutes);
  app.route("/", unitRoutes);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  app.route("/", apiDocsRoutes(app));

  app.notFound(notFoundHandler(app));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
