/**
 * The database could not be reached or failed to answer: the connection was
 * refused or dropped, or the server (or a proxy before it) answered 5xx.
 * Raised by the client's fetch (client.ts), so it is told apart from a bug in
 * our code or a statement the database refused. Whether a write sent just
 * before the failure was kept is unknown: a batch is one transaction, so it
 * is all there or not at all, and a retry with the same Idempotency-Key is
 * stored once.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

/** True when the error (or one it was caused by: drizzle and libSQL wrap it) is a DatabaseUnavailableError. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof DatabaseUnavailableError) return true;
  }
  return false;
}

/**
 * The database client's fetch: a network failure or a 5xx answer becomes a
 * DatabaseUnavailableError. sqld answers a statement it refuses (a
 * constraint, SQLITE_BUSY) with 200 and an error inside the body, so those
 * are left to the client as before.
 */
export function failingAsUnavailable(send: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    let res: Response;
    try {
      res = await send(request);
    } catch (error) {
      throw new DatabaseUnavailableError("The database could not be reached", { cause: error });
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new DatabaseUnavailableError(`The database answered ${res.status}`);
    }
    return res;
  };
}
