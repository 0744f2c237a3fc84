import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import { retryingWhenBusy } from "./busy-retry";
import * as schema from "./schema";

export interface DbConfig {
  /** `libsql://…` (Turso) in production, `http://127.0.0.1:PORT` (sqld) locally. */
  url: string;
  authToken?: string | undefined;
}

/**
 * The database as the Worker sees it: drizzle over the HTTP (Hrana) client,
 * which needs no sockets or native code, so it runs in workerd and in Node.
 * Statements refused with SQLITE_BUSY are retried (see busy-retry.ts).
 */
export function createDb(config: DbConfig) {
  const client = retryingWhenBusy(createClient({ url: config.url, authToken: config.authToken }));
  return drizzle(client, { schema });
}

export type Db = ReturnType<typeof createDb>;
