import { sql } from "drizzle-orm";
import type { Db } from "./client";

/** True when the database answers a real query within `timeoutMs`. Never throws. */
export async function pingDatabase(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = db
    .get<{ ok: number }>(sql`select 1 as ok`)
    .then((row) => row?.ok === 1)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
