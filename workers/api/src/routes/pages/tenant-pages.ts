import { createRouter } from "../../http/router";
import { hotlinePageRoutes } from "./hotline-pages";
import { pageErrors } from "./page-errors";
import { statusPageRoutes } from "./status-pages";

const pages = createRouter();
// The hotline pages show people an HTML page, not JSON, when the tenant is unknown or suspended.
pages.use("*", pageErrors());

/** A tenant's public pages, mounted at `/t/:slug`. */
export const tenantPages = pages.route("/", hotlinePageRoutes).route("/", statusPageRoutes);
