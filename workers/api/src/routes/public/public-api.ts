import { createRouter } from "../../http/router";
import { publicCors } from "../../middleware/public-cors";
import { publicHotlineRoutes } from "./hotline";
import { publicReportAttachmentRoutes } from "./report-attachments";
import { publicReportRoutes } from "./reports";
import { publicTenantRoutes } from "./tenants";

const api = createRouter();
// Public routes a district's own website calls from the browser.
api.use("*", publicCors());

/** The public API of one tenant (no login), mounted at `/v1/public/tenants/:slug`. */
export const publicTenantApi = api
  .route("/", publicTenantRoutes)
  .route("/", publicHotlineRoutes)
  .route("/reports", publicReportRoutes)
  .route("/reports", publicReportAttachmentRoutes);
