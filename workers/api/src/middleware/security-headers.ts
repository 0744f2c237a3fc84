import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env";

/** Pages that set no policy of their own (the API reference): no script, nothing from elsewhere. */
const DEFAULT_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The headers every answer carries: `nosniff` (a JSON or problem body is
 * never read as HTML or script), HSTS outside the local dev stack (which is
 * plain http), and a strict CSP on an HTML page. The middleware below adds
 * them to the Worker's answers; scripts/write-api-docs.mjs gives them to the
 * files a deployment serves without the Worker (/openapi.json, /docs).
 */
export function securityHeaderValues(answer: { contentType: string | null; dev: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    ...(answer.dev ? {} : { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }),
    ...(answer.contentType?.startsWith("text/html") ? { "Content-Security-Policy": DEFAULT_PAGE_POLICY } : {}),
  };
}

/** Adds `securityHeaderValues` to every answer, whatever route made it; a route's own values win. */
export function securityHeaders() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const headers = c.res.headers;
    try {
      const values = securityHeaderValues({
        contentType: headers.get("Content-Type"),
        dev: c.get("config")?.ENVIRONMENT === "dev",
      });
      for (const [name, value] of Object.entries(values)) if (!headers.has(name)) headers.set(name, value);
    } catch {
      // A response passed through as it came (immutable headers) keeps its own.
    }
  });
}
