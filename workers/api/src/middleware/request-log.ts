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
    // After `next()` the route index is the handler that answered (not the last route matched:
    // a catch-all registered after the pages matches every path too).
    const matched = routePath(c);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const db = c.get("dbUsage");
    // On the local stack, every answer says what it cost: scripts/bench-console.ts reads it.
    if (KYCUONG_DEV_TOOLS && c.get("config")?.ENVIRONMENT === "dev" && db) {
      const timing = `db;desc="${db.roundTrips} round trips";dur=${db.milliseconds.toFixed(1)}, total;dur=${durationMs}`;
      try {
        c.res.headers.set("Server-Timing", timing);
      } catch {
        // A response passed through as it came (immutable headers) goes out without it.
      }
    }
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? "error" : "info",
        msg: "request",
        method: c.req.method,
        route: matched === "/*" || matched === "*" ? null : matched,
        status: c.res.status,
        durationMs,
        dbRoundTrips: db?.roundTrips ?? null,
        requestId: c.get("requestId"),
        tenant: c.get("tenantSlug") ?? null,
      }),
    );
  });
}
