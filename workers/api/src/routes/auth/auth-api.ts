import { createRouter } from "../../http/router";
import { meRoutes } from "./me";
import { sessionRoutes } from "./session";

/** Sign-in and the signed-in account, mounted at `/v1/auth`. */
export const authApi = createRouter().route("/", sessionRoutes).route("/", meRoutes);
