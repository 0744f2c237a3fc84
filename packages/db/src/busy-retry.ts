import type { Client } from "@libsql/client/web";

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

export async function retryWhenBusy<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isDatabaseBusy(error)) throw error;
      // Jittered exponential backoff: 10–30 ms, 20–60 ms, … so contenders spread out.
      await new Promise((resolve) => setTimeout(resolve, (10 + Math.random() * 20) * 2 ** (attempt - 1)));
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
