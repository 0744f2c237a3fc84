import { type Db, runGuarded, StaleWrite } from "@kycuong/db";
import type { BatchItem } from "drizzle-orm/batch";
import type { DomainError } from "./errors";

/**
 * Runs a request's batch that holds guarded writes (`guardedUpdate` or
 * `staleUnlessWritten` from @kycuong/db) with the rest of what the request
 * writes (its audit entry …): all of it lands, or, when a guarded row changed
 * since it was read, none of it does and the area's own error is thrown
 * (`task_changed`, `report_changed` …). `whenStale` may read the row again to
 * say why (closed meanwhile rather than changed). The one place a stale
 * write becomes a domain error.
 */
export async function writeGuarded<T extends [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]>(
  ctx: { db: Db },
  statements: T,
  whenStale: () => DomainError | Promise<DomainError>,
) {
  try {
    return await runGuarded(ctx.db, statements);
  } catch (error) {
    if (error instanceof StaleWrite) throw await whenStale();
    throw error;
  }
}
