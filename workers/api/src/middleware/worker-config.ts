import { createDb } from "@kycuong/db";
import { createMiddleware } from "hono/factory";
import { parseWorkerEnv } from "../env";
import type { AppEnv } from "../http/app-env";

/**
 * Checks the bindings before any route runs (a MisconfiguredError becomes a
 * 500 `misconfigured` problem naming the setting) and opens the database.
 * The libSQL HTTP client holds no connection, so one per request is cheap
 * and never shares I/O objects across requests, which workerd forbids.
 */
export function workerConfig() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const config = parseWorkerEnv(c.env);
    c.set("config", config);
    const usage = { roundTrips: 0, milliseconds: 0 };
    c.set("dbUsage", usage);
    c.set(
      "db",
      createDb({
        url: config.LIBSQL_URL,
        authToken: config.LIBSQL_AUTH_TOKEN,
        onRoundTrip: (ms) => {
          usage.roundTrips++;
          usage.milliseconds += ms;
        },
      }),
    );
    await next();
  });
}
