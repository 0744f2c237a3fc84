import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import { DEFAULT_MAX_BODY_BYTES, declaredBodyCap } from "../middleware/body-limits";
import { isRateLimited } from "../middleware/rate-limit";
import type { ApiTag } from "./api-tags";
import { problemContent } from "./problem";

/** What every route must say about itself: a unique camelCase verb and its one tag. */
export interface Documented {
  /** Unique across the API, camelCase, verb first: `listTasks`, `recordReminder`. */
  operationId: string;
  /** Declared once, with its description, in http/api-tags.ts. */
  tag: ApiTag;
}

type ResponseMap = NonNullable<RouteConfig["responses"]>;

function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / (1024 * 1024)} MiB` : `${n / 1024} KiB`;
}

/**
 * The answers the app's own machinery gives on any route, before its handler
 * runs, added to what the route declares (its own declaration of a status
 * wins: Open311 answers in its own shape, pages in HTML):
 * 400 when the path has a parameter the route validates (a malformed id),
 * 413 and 415 when it takes a body, 429 when it is rate limited.
 */
function machineryResponses(route: RouteConfig, validatesPath: boolean): ResponseMap {
  const added: ResponseMap = {};
  const middleware = [route.middleware ?? []].flat();
  if (validatesPath)
    added[400] = problemContent("A malformed path parameter, e.g. an id that is not a UUID (`validation_failed`)");
  const body = route.request?.body;
  const declaredCap = declaredBodyCap(middleware);
  if (body || declaredCap !== undefined) {
    added[413] = problemContent(`Body over ${bytes(declaredCap ?? DEFAULT_MAX_BODY_BYTES)} (\`payload_too_large\`)`);
  }
  if (body) {
    const types = Object.keys(body.content).map((type) => `\`${type}\``);
    added[415] = problemContent(`The body's Content-Type is not ${types.join(" or ")}`);
  }
  if (isRateLimited(middleware)) added[429] = problemContent("Too many attempts (`rate_limited`); see `Retry-After`");
  return added;
}

/** Builds the route: used by `publicRoute`, `staffRoute` and `documentedRoute`. */
export function describedRoute<const R extends RouteConfig>(
  config: R & Documented,
  security: NonNullable<RouteConfig["security"]>,
  validatesPath: boolean,
) {
  const { tag, ...route } = config;
  return createRoute({
    ...route,
    security,
    tags: [tag],
    responses: { ...machineryResponses(route, validatesPath), ...route.responses },
  } as unknown as R);
}

/**
 * A documented route that is neither public nor a tenant's staff route
 * (`/v1/auth/me`: any valid bearer token): its security stated explicitly.
 */
export function documentedRoute<const R extends RouteConfig>(
  config: R & Documented & { security: NonNullable<RouteConfig["security"]> },
) {
  return describedRoute(config, config.security, /\{/.test(config.path));
}

/**
 * A route anyone may call without logging in (`security: []`). Its path
 * parameters (the tenant slug of its prefix included) are validated by the
 * route itself, so a malformed one answers 400.
 */
export function publicRoute<const R extends RouteConfig>(config: R & Documented) {
  return describedRoute(config, [], config.request?.params !== undefined);
}
