import type { Context, Hono } from "hono";
import type { AppEnv } from "./app-env";
import { problemResponse } from "./problem";

/**
 * Unknown path → 404; known path with another method → 405 with `Allow`.
 * Hono only knows "no handler matched", so the route table tells them apart.
 */
export function notFoundHandler(app: Hono<AppEnv>) {
  return (c: Context<AppEnv>): Response => {
    const path = c.req.path;
    const allowed = new Set<string>();
    for (const route of app.routes) {
      if (route.method === "ALL") continue; // middleware, not an endpoint
      if (patternToRegExp(route.path).test(path)) allowed.add(route.method);
    }
    if (allowed.size > 0) {
      if (allowed.has("GET")) allowed.add("HEAD");
      const allow = [...allowed].sort().join(", ");
      return problemResponse(c, {
        code: "method_not_allowed",
        detail: `${c.req.method} không dùng được ở đây; hãy dùng ${allow} · ${c.req.method} is not allowed here; use ${allow}`,
        headers: { Allow: allow },
      });
    }
    return problemResponse(c, {
      code: "not_found",
      detail: "Không có tài nguyên nào ở địa chỉ này · Nothing exists at this address",
    });
  };
}

const compiled = new Map<string, RegExp>();

/** `/v1/tenants/:slug/units/:id` → a RegExp matching concrete paths. */
function patternToRegExp(pattern: string): RegExp {
  let regexp = compiled.get(pattern);
  if (!regexp) {
    const source = pattern
      .split("/")
      .map((segment) => {
        if (segment === "*") return ".*";
        if (segment.startsWith(":")) return "[^/]+";
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    regexp = new RegExp(`^${source}/?$`);
    compiled.set(pattern, regexp);
  }
  return regexp;
}
