import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http/app-env";
import { handleError } from "./http/error-handler";
import { notFoundHandler } from "./http/not-found";
import { authenticate } from "./middleware/authenticate";
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
import { platformTenantRoutes } from "./routes/platform/tenants";
import { publicTenantRoutes } from "./routes/public/tenants";
import { auditRoutes } from "./routes/tenants/audit";
import { MAX_IMPORT_BODY_BYTES, OFFICIALS_IMPORT_PATH_SUFFIX, officialRoutes } from "./routes/tenants/officials";
import { settingsRoutes } from "./routes/tenants/settings";
import { unitRoutes } from "./routes/tenants/units";
import { userRoutes } from "./routes/tenants/users";

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
  // A CSV roster is bigger than any JSON body, so its one route gets its own cap.
  const defaultBodyLimit = bodySizeLimit({ maxBytes: MAX_BODY_BYTES });
  const importBodyLimit = bodySizeLimit({ maxBytes: MAX_IMPORT_BODY_BYTES });
  app.use("*", (c, next) =>
    c.req.path.endsWith(OFFICIALS_IMPORT_PATH_SUFFIX) ? importBodyLimit(c, next) : defaultBodyLimit(c, next),
  );
  app.use("*", workerConfig());

  // Every staff route of a tenant: authenticated, and only for its own staff.
  app.use("/v1/tenants/:slug/*", tenantAccess());
  // Platform operation: signed-in platform admins only (checked per route).
  app.use("/v1/platform/*", authenticate());

  app.route("/", healthRoutes);
  app.route("/", publicTenantRoutes);
  app.route("/", sessionRoutes);
  app.route("/", meRoutes);
  app.route("/", jwksRoutes);
  app.route("/", unitRoutes);
  app.route("/", officialRoutes);
  app.route("/", userRoutes);
  app.route("/", settingsRoutes);
  app.route("/", auditRoutes);
  app.route("/", platformTenantRoutes);
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
