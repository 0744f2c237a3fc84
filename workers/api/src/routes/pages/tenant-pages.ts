import { createRouter } from "../../http/router";
import { consoleApp } from "../console/console-app";
import { signInRoutes } from "../console/sign-in";
import { hotlinePageRoutes } from "./hotline-pages";
import { pageErrors } from "./page-errors";
import { statusPageRoutes } from "./status-pages";

const pages = createRouter();
// The hotline pages show people an HTML page, not JSON, when the tenant is unknown or suspended.
pages.use("*", pageErrors());

/** A tenant's pages, mounted at `/t/:slug`: the public hotline, the console's sign-in, the console. */
export const tenantPages = pages
  .route("/", hotlinePageRoutes)
  .route("/", statusPageRoutes)
  .route("/", signInRoutes)
  .route("/app", consoleApp);
