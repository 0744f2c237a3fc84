import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http/app-env";
import { handleError } from "./http/error-handler";
import { notFoundHandler } from "./http/not-found";
import { authenticate } from "./middleware/authenticate";
import { bodyLimits } from "./middleware/body-limits";
import { publicCors } from "./middleware/public-cors";
import { requestId } from "./middleware/request-id";
import { requestLog } from "./middleware/request-log";
import { tenantAccess } from "./middleware/tenant-access";
import { workerConfig } from "./middleware/worker-config";
import { apiDocsRoutes } from "./routes/api-docs";
import { jwksRoutes } from "./routes/auth/jwks";
import { meRoutes } from "./routes/auth/me";
import { sessionRoutes } from "./routes/auth/session";
import { devOutboxRoutes } from "./routes/dev/outbox";
import { healthRoutes } from "./routes/health";
import { open311Routes } from "./routes/open311/open311-routes";
import { hotlinePageRoutes } from "./routes/pages/hotline-pages";
import { pageErrors } from "./routes/pages/page-errors";
import { statusPageRoutes } from "./routes/pages/status-pages";
import { platformTenantRoutes } from "./routes/platform/tenants";
import { publicHotlineRoutes } from "./routes/public/hotline";
import { publicReportAttachmentRoutes } from "./routes/public/report-attachments";
import { publicReportRoutes } from "./routes/public/reports";
import { publicTenantRoutes } from "./routes/public/tenants";
import { auditRoutes } from "./routes/tenants/audit";
import { dialogueKpiRoutes } from "./routes/tenants/dialogue-kpi";
import { dialogueRoutes } from "./routes/tenants/dialogues";
import { hotlineDirectoryRoutes } from "./routes/tenants/hotline-directory";
import { inspectionTeamRoutes } from "./routes/tenants/inspection-teams";
import { inspectionRoutes } from "./routes/tenants/inspections";
import { notificationRoutes } from "./routes/tenants/notifications";
import { MAX_IMPORT_BODY_BYTES, officialRoutes } from "./routes/tenants/officials";
import { reportAttachmentRoutes } from "./routes/tenants/report-attachments";
import { reportRoutes } from "./routes/tenants/reports";
import { settingsRoutes } from "./routes/tenants/settings";
import { taskRoutes } from "./routes/tenants/tasks";
import { trackingBookRoutes } from "./routes/tenants/tracking-book";
import { unitRoutes } from "./routes/tenants/units";
import { userRoutes } from "./routes/tenants/users";
import { violationOfficialRoutes } from "./routes/tenants/violation-officials";
import { violationRoutes } from "./routes/tenants/violations";

/** Default cap on request bodies: every JSON body fits. */
const MAX_BODY_BYTES = 256 * 1024;
/** Five 10 MB files and the multipart framing and form fields around them. */
const MAX_UPLOAD_BODY_BYTES = 52 * 1024 * 1024;

/**
 * The API: request id and log first (so even a misconfigured deployment's
 * answers can be traced), then the env check, then routes by area.
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  app.use("*", requestLog());
  app.use(
    "*",
    bodyLimits({
      defaultMaxBytes: MAX_BODY_BYTES,
      rules: [
        { path: /\/officials:import$/, maxBytes: MAX_IMPORT_BODY_BYTES },
        { path: /^\/v1\/public\/tenants\/[^/]+\/reports\/[^/]+\/attachments$/, maxBytes: MAX_UPLOAD_BODY_BYTES },
        { path: /^\/t\/[^/]+\/hotline$/, maxBytes: MAX_UPLOAD_BODY_BYTES },
        {
          path: /^\/v1\/tenants\/[^/]+\/violations\/[^/]+\/(officials\/[^/]+\/)?evidence$/,
          maxBytes: MAX_UPLOAD_BODY_BYTES,
        },
      ],
    }),
  );
  app.use("*", workerConfig());
  // Public routes a district's own website calls from the browser.
  app.use("/v1/public/tenants/:slug/*", publicCors());
  // The hotline pages show people an HTML page, not JSON, when the tenant is unknown or suspended.
  app.use("/t/:slug/*", pageErrors());

  // Every staff route of a tenant: authenticated, and only for its own staff.
  app.use("/v1/tenants/:slug/*", tenantAccess());
  // Platform operation: signed-in platform admins only (checked per route).
  app.use("/v1/platform/*", authenticate());

  app.route("/", healthRoutes);
  app.route("/", publicTenantRoutes);
  app.route("/", publicHotlineRoutes);
  app.route("/", publicReportRoutes);
  app.route("/", publicReportAttachmentRoutes);
  app.route("/", hotlinePageRoutes);
  app.route("/", statusPageRoutes);
  // Open311 GeoReport v2 (public; errors in Open311's own shape, see routes/open311/).
  app.route("/", open311Routes);
  app.route("/", sessionRoutes);
  app.route("/", meRoutes);
  app.route("/", jwksRoutes);
  app.route("/", unitRoutes);
  app.route("/", officialRoutes);
  app.route("/", userRoutes);
  app.route("/", settingsRoutes);
  app.route("/", reportRoutes);
  app.route("/", reportAttachmentRoutes);
  app.route("/", hotlineDirectoryRoutes);
  app.route("/", dialogueRoutes);
  app.route("/", dialogueKpiRoutes);
  app.route("/", taskRoutes);
  app.route("/", trackingBookRoutes);
  app.route("/", violationRoutes);
  app.route("/", violationOfficialRoutes);
  app.route("/", inspectionTeamRoutes);
  app.route("/", inspectionRoutes);
  app.route("/", notificationRoutes);
  app.route("/", auditRoutes);
  app.route("/", platformTenantRoutes);
  // Compiled in only where KYCUONG_DEV_TOOLS is on (wrangler dev, tests); see wrangler.toml.
  if (KYCUONG_DEV_TOOLS) app.route("/", devOutboxRoutes());
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
