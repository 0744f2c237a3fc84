import type { Client } from "@libsql/client/http";

/**
 * True when libSQL refused a statement because another writer held the lock
 * (`SQLITE_BUSY`). sqld answers this under concurrent writes instead of
 * waiting; nothing of the refused statement or batch was kept.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/SQLITE_BUSY|database is locked/.test(e.message)) return true;
    if ("code" in e && typeof e.code === "string" && e.code.startsWith("SQLITE_BUSY")) return true;
  }
  return false;
}

/**
 * How long one statement or batch keeps trying while other writers hold the
 * lock. Bounded by time, not by a count: a burst of writers on one row (20
 * reminders on one task at once) waits its turn instead of failing after a
 * few tries, and a database that stays locked still ends in a clear answer
 * (the Worker's 503 `database_busy` with Retry-After), never in a hang.
 */
export const BUSY_RETRY_BUDGET_MS = 5_000;

/** The longest single wait between two tries, so a freed lock is noticed quickly. */
const LONGEST_WAIT_MS = 200;

export async function retryWhenBusy<T>(work: () => Promise<T>, budgetMs = BUSY_RETRY_BUDGET_MS): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      // Jittered exponential backoff (5–15 ms, 10–30 ms, … up to 100–300 ms) so contenders spread out.
      const wait = Math.min(LONGEST_WAIT_MS, 10 * 2 ** (attempt - 1)) * (0.5 + Math.random());
      if (Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * The client with `execute` and `batch` retried while the database is busy.
 * Safe because a single statement autocommits and a batch is one
 * transaction: a busy answer means nothing was written, so trying again
 * cannot write twice. Every write in the app gets this, not only some.
 */
export function retryingWhenBusy(client: Client): Client {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if ((property === "execute" || property === "batch") && typeof value === "function") {
        return (...args: unknown[]) => retryWhenBusy(() => value.apply(target, args));
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
