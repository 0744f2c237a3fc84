import { DomainError } from "@kycuong/domain/errors";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { WorkerEnv } from "../env";
import type { AppEnv } from "../http/app-env";

type RateLimiterName = { [K in keyof WorkerEnv]-?: WorkerEnv[K] extends RateLimit ? K : never }[keyof WorkerEnv];

export interface RateLimitOptions {
  /** Which Rate Limiting binding counts (its limit and period live in wrangler.toml). */
  binding: RateLimiterName;
  /** What is counted: one bucket per key. */
  key: (c: Context<AppEnv>) => Promise<string> | string;
  /** The binding's period, sent as `Retry-After`: a fixed window never frees up sooner. */
  periodSeconds: number;
  /** How many the request counts for (a look-up of several codes counts each); 1 when left out, 0 counts nothing. */
  cost?: (c: Context<AppEnv>) => Promise<number> | number;
}

/** The rate-limit middlewares, so a route factory can list the 429 they answer. */
const rateLimiters = new WeakSet<object>();

/** Whether a route's `middleware` counts requests (and so may answer 429). */
export function isRateLimited(middleware: readonly unknown[]): boolean {
  return middleware.some((handler) => typeof handler === "function" && rateLimiters.has(handler));
}

/**
 * 429 `rate_limited` with `Retry-After` once a key is over its binding's
 * limit. Runs before the body is validated, so floods of invalid requests
 * are counted too and cost nothing beyond this check.
 */
export function rateLimit(options: RateLimitOptions) {
  const counted = createMiddleware<AppEnv>(async (c, next) => {
    const limiter = c.var.config[options.binding];
    const key = await options.key(c);
    const cost = options.cost ? await options.cost(c) : 1;
    let success = true;
    for (let i = 0; i < cost && success; i++) success = (await limiter.limit({ key })).success;
    if (!success) {
      throw new DomainError(
        "rate_limited",
        `Quá nhiều yêu cầu; hãy thử lại sau ${options.periodSeconds} giây · Too many requests; try again in ${options.periodSeconds} seconds`,
        [],
        { retryAfterSeconds: options.periodSeconds },
      );
    }
    await next();
  });
  rateLimiters.add(counted);
  return counted;
}
