import { createRouter } from "../../http/router";
import { accountRoutes } from "./account";
import { consoleErrors } from "./console-errors";
import { homeRoutes } from "./home";
import { reportPages } from "./reports";

const app = createRouter();
app.use("*", consoleErrors());

/** The staff console, mounted at `/t/:slug/app`: every page behind a session (see http/console-route.ts). */
export const consoleApp = app.route("/", homeRoutes).route("/", accountRoutes).route("/", reportPages);
