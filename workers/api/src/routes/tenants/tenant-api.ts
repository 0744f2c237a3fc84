import { createRouter } from "../../http/router";
import { tenantAccess } from "../../middleware/tenant-access";
import { auditRoutes } from "./audit";
import { calendarRoutes } from "./calendar";
import { dialogueKpiRoutes, kpiRoutes } from "./dialogue-kpi";
import { dialogueConclusionRoutes, dialogueRoutes } from "./dialogues";
import { hotlineChannelRoutes, reportCategoryRoutes } from "./hotline-directory";
import { checklistTemplateRoutes, inspectionTeamRoutes } from "./inspection-teams";
import { inspectionRoutes } from "./inspections";
import { meRoutes } from "./me";
import { notificationRoutes } from "./notifications";
import { officialImportRoutes, officialRoutes } from "./officials";
import { reportAttachmentRoutes } from "./report-attachments";
import { reportRoutes } from "./reports";
import { settingsRoutes } from "./settings";
import { taskRoutes } from "./tasks";
import { tenantDataRoutes } from "./tenant-data";
import { trackingBookCsvRoutes, trackingBookRoutes } from "./tracking-book";
import { unitRoutes } from "./units";
import { userRoutes } from "./users";
import { violationOfficialRoutes } from "./violation-officials";
import { violationRoutes } from "./violations";

const api = createRouter();
// Every staff route of a tenant: authenticated, and only for its own staff.
api.use("*", tenantAccess());

/**
 * The staff API of one tenant, mounted at `/v1/tenants/:slug`: tenant access
 * is declared once here, and each area's routes are relative to its prefix.
 */
export const tenantApi = api
  .route("/units", unitRoutes)
  .route("/officials", officialRoutes)
  // `officials:import` is a literal segment beside the collection, not inside it.
  .route("/", officialImportRoutes)
  .route("/users", userRoutes)
  .route("/settings", settingsRoutes)
  .route("/calendar", calendarRoutes)
  .route("/reports", reportRoutes)
  .route("/reports", reportAttachmentRoutes)
  .route("/hotline-channels", hotlineChannelRoutes)
  .route("/report-categories", reportCategoryRoutes)
  .route("/dialogues", dialogueRoutes)
  .route("/dialogue-conclusions", dialogueConclusionRoutes)
  .route("/dialogues", dialogueKpiRoutes)
  .route("/kpi", kpiRoutes)
  .route("/tasks", taskRoutes)
  .route("/tracking-book", trackingBookRoutes)
  .route("/tracking-book.csv", trackingBookCsvRoutes)
  .route("/violations", violationRoutes)
  .route("/violations", violationOfficialRoutes)
  .route("/inspection-teams", inspectionTeamRoutes)
  .route("/checklist-templates", checklistTemplateRoutes)
  .route("/inspections", inspectionRoutes)
  .route("/notifications", notificationRoutes)
  .route("/audit", auditRoutes)
  .route("/export", tenantDataRoutes)
  .route("/me", meRoutes);
