import type { MiddlewareHandler } from "hono";
import { bodySizeLimit } from "./body-size-limit";

export interface BodyLimitRule {
  /** Which request paths the rule covers. */
  path: RegExp;
  maxBytes: number;
}

/**
 * One body cap per kind of route: small JSON everywhere, bigger only where
 * people upload (a CSV roster, photos for a report). The first matching rule
 * wins; anything else gets `defaultMaxBytes`.
 */
export function bodyLimits(options: { defaultMaxBytes: number; rules: BodyLimitRule[] }): MiddlewareHandler {
  const fallback = bodySizeLimit({ maxBytes: options.defaultMaxBytes });
  const rules = options.rules.map((rule) => ({ path: rule.path, limit: bodySizeLimit({ maxBytes: rule.maxBytes }) }));
  return (c, next) => (rules.find((rule) => rule.path.test(c.req.path))?.limit ?? fallback)(c, next);
}
