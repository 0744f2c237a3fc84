import { createRouter } from "../../http/router";
import { authenticate } from "../../middleware/authenticate";
import { platformCalendarRoutes } from "./calendar";
import { platformTenantRoutes } from "./tenants";

const api = createRouter();
// Platform operation: signed-in platform admins only (checked per route).
api.use("*", authenticate());

/** Platform operation, mounted at `/v1/platform`. */
export const platformApi = api.route("/tenants", platformTenantRoutes).route("/calendar", platformCalendarRoutes);
