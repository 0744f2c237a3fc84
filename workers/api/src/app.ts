import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http/app-env";
import { handleError } from "./http/error-handler";
import { notFoundHandler } from "./http/not-found";
import { bodySizeLimit } from "./middleware/body-size-limit";
import { requestId } from "./middleware/request-id";
import { requestLog } from "./middleware/request-log";
import { workerConfig } from "./middleware/worker-config";
import { apiDocsRoutes } from "./routes/api-docs";
import { healthRoutes } from "./routes/health";
import { publicTenantRoutes } from "./routes/public/tenants";

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

  app.route("/", healthRoutes);
  app.route("/", publicTenantRoutes);
  app.route("/", apiDocsRoutes(app));

  app.notFound(notFoundHandler(app));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
