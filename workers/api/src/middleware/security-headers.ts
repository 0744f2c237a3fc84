import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env";

/** Pages that set no policy of their own (the API reference): no script, nothing from elsewhere. */
const DEFAULT_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The headers every answer carries, whatever route made it: `nosniff` (a
 * JSON or problem body is never read as HTML or script), HSTS outside the
 * local dev stack (which is plain http), and a strict CSP on an HTML page
 * that did not set its own. A route's own values win.
 */
export function securityHeaders() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const headers = c.res.headers;
    try {
      if (!headers.has("X-Content-Type-Options")) headers.set("X-Content-Type-Options", "nosniff");
      if (c.get("config")?.ENVIRONMENT !== "dev" && !headers.has("Strict-Transport-Security")) {
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      }
      const html = headers.get("Content-Type")?.startsWith("text/html");
      if (html && !headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", DEFAULT_PAGE_POLICY);
    } catch {
      // A response passed through as it came (immutable headers) keeps its own.
    }
  });
}
