import type { RouteConfig } from "@hono/zod-openapi";
import type { Permission } from "@kycuong/domain/identity";
import { consoleSession } from "../middleware/console-session";
import { requirePermission } from "../middleware/require-permission";
import { htmlResponse } from "./common-schemas";
import { describedRoute } from "./documented-route";

/** The answers every console page can give before its handler runs. */
const consoleResponses = {
  303: { description: "No live session of this tenant: to the sign-in page, `next` set to this page" },
  403: htmlResponse("The role lacks the permission, or a form came without its CSRF token: a page saying so"),
  404: htmlResponse("No such item, or another tenant's: a page saying so"),
  503: htmlResponse("The database is busy or cannot be reached: a page saying so, with Retry-After"),
} as const;

/**
 * A staff console page (HTML, cookie session): the session check (and the
 * CSRF check of a form post) and the permission it needs run before the
 * handler; documented under the Console tag with its `x-permission`, so the
 * route-table test proves every page refuses a role without it. Pages call
 * the same domain verbs as the API, which check the same permissions again.
 */
export function consoleRoute<const R extends Omit<RouteConfig, "responses"> & { responses?: RouteConfig["responses"] }>(
  config: R & { operationId: string; permission?: Permission },
) {
  const { permission, ...route } = config;
  return describedRoute(
    {
      ...route,
      tag: "Console",
      ...(permission ? { "x-permission": permission } : {}),
      middleware: [consoleSession(), ...(permission ? [requirePermission(permission)] : [])],
      responses: { 200: htmlResponse("The page"), ...consoleResponses, ...route.responses },
    } as unknown as R & RouteConfig & { operationId: string; tag: "Console" },
    [{ session: [] }],
    /\{/.test(route.path.replace("{slug}", "")),
  );
}
