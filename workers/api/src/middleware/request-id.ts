import { newId } from "@kycuong/domain/context";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env";

export interface RequestIdOptions {
  headerName?: string;
  /** A client's id is kept only if it matches; anything else is replaced, never echoed. */
  accept?: RegExp;
}

/**
 * Gives every request an id: the client's `X-Request-Id` if it is well formed,
 * else a fresh UUIDv7. Echoed on every response, errors included, and written
 * in every log line, so a citizen's complaint about a failure can be traced.
 */
export function requestId(options: RequestIdOptions = {}) {
  const headerName = options.headerName ?? "X-Request-Id";
  const accept = options.accept ?? /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
  return createMiddleware<AppEnv>(async (c, next) => {
    const offered = c.req.header(headerName);
    const id = offered && accept.test(offered) ? offered : newId();
    c.set("requestId", id);
    await next();
    c.res.headers.set(headerName, id);
  });
}
