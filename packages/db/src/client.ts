import { createClient } from "@libsql/client/http";
import { drizzle } from "drizzle-orm/libsql/http";
import { retryingWhenBusy } from "./busy-retry";
import { failingAsUnavailable } from "./database-unavailable";
import * as schema from "./schema";

export interface DbConfig {
  /** `libsql://…` (Turso) in production, `http://127.0.0.1:PORT` (sqld) locally. */
  url: string;
  authToken?: string | undefined;
  /** Told of every HTTP request to the database (one round trip: a statement, a batch, a transaction step). */
  onRoundTrip?: ((milliseconds: number) => void) | undefined;
}

/**
 * The database as the Worker sees it: drizzle over the HTTP (Hrana) client,
 * which needs no sockets or native code, so it runs in workerd and in Node.
 * Statements refused with SQLITE_BUSY are retried (see busy-retry.ts); a
 * database that cannot be reached throws DatabaseUnavailableError
 * (database-unavailable.ts), which the Worker answers with 503.
 */
export function createDb(config: DbConfig) {
  const onRoundTrip = config.onRoundTrip;
  const counted = onRoundTrip
    ? async (request: Request) => {
        const started = performance.now();
        try {
          return await fetch(request);
        } finally {
          onRoundTrip(performance.now() - started);
        }
      }
    : (request: Request) => fetch(request);
  const client = retryingWhenBusy(
    createClient({ url: config.url, authToken: config.authToken, fetch: failingAsUnavailable(counted) }),
  );
  return drizzle(client, { schema });
}

export type Db = ReturnType<typeof createDb>;
