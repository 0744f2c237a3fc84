import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { AppEnv } from "../http/app-env";

/**
 * One structured JSON line per request. Paths are logged as route patterns
 * (`/v1/public/tenants/:slug`), not raw URLs, so no tracking code or other
 * secret a client put in a URL ends up in the logs.
 */
export function requestLog() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const matched = routePath(c, -1);
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? "error" : "info",
        msg: "request",
        method: c.req.method,
        route: matched === "/*" || matched === "*" ? null : matched,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        requestId: c.get("requestId"),
        tenant: c.get("tenantSlug") ?? null,
      }),
    );
  });
}
