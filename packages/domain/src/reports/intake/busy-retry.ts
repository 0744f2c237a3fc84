/**
 * True when libSQL refused a write because another writer held the lock
 * (`SQLITE_BUSY`). sqld answers this under concurrent writes rather than
 * waiting; the transaction was rolled back, so the write may be tried again.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/SQLITE_BUSY|database is locked/.test(e.message)) return true;
    if ("code" in e && typeof e.code === "string" && e.code.startsWith("SQLITE_BUSY")) return true;
  }
  return false;
}

/**
 * Runs a write batch, trying again a few times with jittered backoff while
 * the database is busy. Only for batches: a batch is one transaction, so a
 * busy answer means nothing of it was kept.
 */
export async function retryWhenBusy<T>(write: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isDatabaseBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 10 * 2 ** attempt));
    }
  }
}
