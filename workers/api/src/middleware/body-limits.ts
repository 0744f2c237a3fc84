import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { bodySizeLimit } from "./body-size-limit";

/** Default cap on request bodies: every JSON body fits; upload routes declare their own. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Five 10 MB files and the multipart framing and form fields around them. */
export const MAX_UPLOAD_BODY_BYTES = 52 * 1024 * 1024;

/** The caps that routes declared on themselves, by their middleware. */
const declaredCaps = new WeakMap<object, number>();

/**
 * A route's own body cap, declared in its `middleware` (for uploads: a CSV
 * roster, photos for a report). The app-wide default then leaves that route
 * alone, so the route's declaration is the one place its limit lives.
 */
export function routeBodyLimit(maxBytes: number): MiddlewareHandler {
  const limit = bodySizeLimit({ maxBytes });
  declaredCaps.set(limit, maxBytes);
  return limit;
}

/** The cap a route's `middleware` declares, if any (the document states it in the route's 413). */
export function declaredBodyCap(middleware: readonly unknown[]): number | undefined {
  for (const handler of middleware) {
    const cap = typeof handler === "function" ? declaredCaps.get(handler) : undefined;
    if (cap !== undefined) return cap;
  }
  return undefined;
}

/**
 * Small JSON everywhere: every request body is capped at `maxBytes`, unless
 * the matched route declares its own cap with `routeBodyLimit`.
 */
export function defaultBodyLimit(maxBytes: number): MiddlewareHandler {
  const fallback = bodySizeLimit({ maxBytes });
  return (c, next) => (matchedRoutes(c).some((route) => declaredCaps.has(route.handler)) ? next() : fallback(c, next));
}
