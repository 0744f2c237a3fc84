import { DomainError } from "@kycuong/domain/errors";
import { createRouter } from "../../http/router";
import { consoleSession } from "../../middleware/console-session";
import { accountRoutes } from "./account";
import { consoleCalendarRoutes } from "./calendar";
import { consoleErrors } from "./console-errors";
import { consoleDialogueRoutes } from "./dialogues";
import { homeRoutes } from "./home";
import { consoleInspectionRoutes } from "./inspections";
import { consoleNotificationRoutes } from "./notifications";
import { reportPages } from "./reports";
import { consoleTaskRoutes } from "./tasks";
import { consoleTrackingBookRoutes } from "./tracking-book";
import { consoleViolationRoutes } from "./violations";

const app = createRouter();
app.use("*", consoleErrors());

/** The staff console, mounted at `/t/:slug/app`: every page behind a session (see http/console-route.ts). */
export const consoleApp = app
  .route("/", homeRoutes)
  .route("/", accountRoutes)
  .route("/", reportPages)
  .route("/", consoleTaskRoutes)
  .route("/", consoleDialogueRoutes)
  .route("/", consoleViolationRoutes)
  .route("/", consoleInspectionRoutes)
  .route("/", consoleTrackingBookRoutes)
  .route("/", consoleNotificationRoutes)
  .route("/", consoleCalendarRoutes);

// Any other address under the console: sign-in first (as for every page), then the not-found page,
// never the API's JSON 404. Registered after every page, so it answers only what none of them does.
consoleApp.all("*", consoleSession(), () => {
  throw new DomainError("not_found", "Không có trang này · No such page");
});
