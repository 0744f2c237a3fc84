import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http/app-env";
import { handleError } from "./http/error-handler";
import { notFoundHandler } from "./http/not-found";
import { DEFAULT_MAX_BODY_BYTES, defaultBodyLimit } from "./middleware/body-limits";
import { requestId } from "./middleware/request-id";
import { requestLog } from "./middleware/request-log";
import { securityHeaders } from "./middleware/security-headers";
import { workerConfig } from "./middleware/worker-config";
import { apiDocsRoutes } from "./routes/api-docs";
import { authApi } from "./routes/auth/auth-api";
import { jwksRoutes } from "./routes/auth/jwks";
import { sealKeyRoutes } from "./routes/auth/seal-keys";
import { devOutboxRoutes } from "./routes/dev/outbox";
import { healthRoutes } from "./routes/health";
import { open311Routes } from "./routes/open311/open311-routes";
import { platformPages } from "./routes/pages/platform-pages";
import { tenantPages } from "./routes/pages/tenant-pages";
import { platformApi } from "./routes/platform/platform-api";
import { publicTenantApi } from "./routes/public/public-api";
import { tenantApi } from "./routes/tenants/tenant-api";

/**
 * The API: request id and log first (so even a misconfigured deployment's
 * answers can be traced), then the env check, then each area mounted at its
 * prefix. Built by chaining, so the app's type carries its routes (`AppType`).
 */
export function createApp() {
  const base = new OpenAPIHono<AppEnv>();
  base.use("*", requestId());
  base.use("*", requestLog());
  base.use("*", securityHeaders());
  base.use("*", defaultBodyLimit(DEFAULT_MAX_BODY_BYTES));
  base.use("*", workerConfig());

  const app = base
    .route("/", healthRoutes)
    .route("/v1/public/tenants/:slug", publicTenantApi)
    .route("/t/:slug", tenantPages)
    // Open311 GeoReport v2 (public; errors in Open311's own shape, see routes/open311/).
    .route("/", open311Routes)
    .route("/v1/auth", authApi)
    .route("/", platformPages)
    .route("/", jwksRoutes)
    .route("/", sealKeyRoutes)
    .route("/v1/tenants/:slug", tenantApi)
    .route("/v1/platform", platformApi);
  // Compiled in only where KYCUONG_DEV_TOOLS is on (wrangler dev, tests); see wrangler.toml.
  if (KYCUONG_DEV_TOOLS) app.route("/", devOutboxRoutes());
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "kc_session",
    description: "The staff console's session cookie, set by signing in at /t/{slug}/login",
  });
  // /openapi.json and /docs, generated from the routes above at run time under
  // `wrangler dev` and in the tests. A deployed Worker serves both as files
  // written at build time (scripts/write-api-docs.mjs), and its build leaves
  // the generator out (scripts/lib/production-bundle.mjs).
  if (KYCUONG_API_DOCS_AT_RUN_TIME) app.route("/", apiDocsRoutes(app));

  app.notFound(notFoundHandler(app));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
/** The app with every route's types: hono's `testClient<AppType>` and `hc<AppType>` read it. */
export type AppType = App;
