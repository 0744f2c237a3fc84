import type { RouteConfig } from "@hono/zod-openapi";
import type { Permission } from "@kycuong/domain/identity";
import { routeBodyLimit } from "../middleware/body-limits";
import { requirePermission } from "../middleware/require-permission";
import { type Documented, describedRoute } from "./documented-route";
import { problemContent } from "./problem";

/** The answers every staff route can give before its handler runs. */
const guardResponses = {
  401: problemContent("No valid bearer token (`token_missing`, `token_expired`, `token_invalid`, …)"),
  403: problemContent("The role lacks the permission (`forbidden`), or the tenant is suspended (`tenant_suspended`)"),
  404: problemContent("No such tenant or resource, or another tenant's (`tenant_not_found`, `…_not_found`)"),
} as const;

/**
 * A staff route: bearer auth, the permission it needs (checked before the
 * body is validated), its own body cap if it takes uploads, its
 * `operationId` and tag, and the guard answers documented. The permission is
 * published as `x-permission` in /openapi.json; the route-table test reads
 * it to prove every route refuses a role without it. The tenant slug of the
 * prefix is checked by tenant access (an unknown or malformed one is 404), so
 * only parameters in the route's own path can answer 400.
 */
export function staffRoute<const R extends RouteConfig>(
  config: R &
    Documented & {
      permission: Permission /** A bigger body cap than the app's default, for uploads. */;
      maxBodyBytes?: number;
    },
) {
  const { permission, maxBodyBytes, ...route } = config;
  const bodyCap = maxBodyBytes === undefined ? [] : [routeBodyLimit(maxBodyBytes)];
  return describedRoute(
    {
      ...route,
      "x-permission": permission,
      middleware: [requirePermission(permission), ...bodyCap],
      responses: { ...guardResponses, ...route.responses },
    } as unknown as R & Documented,
    [{ bearer: [] }],
    /\{/.test(route.path),
  );
}
