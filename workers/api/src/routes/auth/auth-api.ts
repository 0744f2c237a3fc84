import { createRouter } from "../../http/router";
import { meRoutes } from "./me";
import { sessionRoutes } from "./session";
import { setPasswordRoutes } from "./set-password";

/** Sign-in, passwords set with a link, and the signed-in account, mounted at `/v1/auth`. */
export const authApi = createRouter().route("/", sessionRoutes).route("/", setPasswordRoutes).route("/", meRoutes);
