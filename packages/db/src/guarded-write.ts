import { and, eq, getTableColumns, isNull, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";
import { isConstraintFailure } from "./constraint-errors";
import { writeGuard } from "./schema/write-guard";
import { inTenantOrPlatform } from "./tenant-scope";

/**
 * The lost-update guard, the one way every area writes a row it read before:
 * the update matches only the version that was read, and when it matched
 * nothing the whole batch (the update, its audit entry, whatever else the
 * request writes) rolls back and `runGuarded` throws `StaleWrite`, which the
 * caller turns into its own 409.
 *
 * Why this is atomic: `db.batch` sends its statements to libSQL as one batch
 * run inside one transaction on one connection, each step only if the one
 * before succeeded, and a failed step rolls the transaction back. Right after
 * the guarded UPDATE, `changes()` is the number of rows that UPDATE changed
 * (it counts the most recent completed INSERT/UPDATE/DELETE on the
 * connection), so the guard knows, inside the database and not from a guess
 * made in JS, whether the write landed. A batch has no IF, but a failing
 * statement aborts it: when nothing changed, the guard inserts into
 * `write_guard`, whose CHECK is always false, and that failure is the signal.
 */

/** The guarded write matched no row: the row changed (or went) since it was read. Nothing was written. */
export class StaleWrite extends Error {
  override readonly name = "StaleWrite";

  constructor(options?: { cause?: unknown }) {
    super("The row changed since it was read; nothing was written", options);
  }
}

type RowTable = SQLiteTable & { id: SQLiteColumn };

/**
 * Which row: a tenant-owned table is always matched on its tenant too (the
 * tenants table by its id alone); where the table also holds the platform's
 * own rows (a nullable tenant, as password links), null matches those.
 */
export type GuardedRowKey<T extends RowTable> = T extends { tenantId: SQLiteColumn }
  ? { tenantId: null extends T["$inferSelect"]["tenantId"] ? string | null : string; id: string }
  : { id: string };

export interface GuardedUpdate<T extends RowTable> {
  table: T;
  row: GuardedRowKey<T>;
  /**
   * The version that was read: the update matches only while these columns
   * still hold these values (`updatedAt`, often with `status`; null means IS NULL).
   */
  read: Partial<T["$inferSelect"]>;
  /** The changes, as for drizzle's `update().set()`; may be empty when the write only serialises on the row. */
  set: SQLiteUpdateSetSource<T>;
  /** Anything else the row must still satisfy (a NOT EXISTS on its children …). */
  where?: SQL | undefined;
}

/**
 * The guarded UPDATE and its guard, to spread into a batch run by `runGuarded`.
 * An empty `set` rewrites the id with itself: the row is touched (and the
 * write serialises on it) without changing anything.
 */
export function guardedUpdate<T extends RowTable>(
  db: Db,
  write: GuardedUpdate<T>,
): [BatchItem<"sqlite">, BatchItem<"sqlite">] {
  const { table, row, read, set } = write;
  const columns: Record<string, SQLiteColumn> = getTableColumns(table);
  const unchanged = Object.entries(read).map(([key, value]) => {
    const column = columns[key];
    if (!column) throw new Error(`guardedUpdate: ${key} is not a column of the table`);
    return value === null ? isNull(column) : eq(column, value);
  });
  const key: { id: string; tenantId?: string | null } = row;
  const conditions = [eq(table.id, key.id), ...unchanged, write.where];
  const tenantColumn = columns.tenantId;
  if (tenantColumn && key.tenantId === undefined)
    throw new Error("guardedUpdate: a tenant-owned row needs its tenantId");
  const where =
    tenantColumn && key.tenantId !== undefined
      ? inTenantOrPlatform({ tenantId: tenantColumn }, key.tenantId, ...conditions)
      : (and(...conditions) as SQL);
  const changes = Object.values(set).some((value) => value !== undefined)
    ? set
    : ({ id: sql`${table.id}` } as SQLiteUpdateSetSource<T>);
  return [db.update(table).set(changes).where(where), staleUnlessWritten(db)];
}

/**
 * The guard alone, for a guarded write that is not a plain update (an
 * `INSERT … SELECT … WHERE` that must have inserted): put it right after
 * that statement, in a batch run by `runGuarded`.
 */
export function staleUnlessWritten(db: Db): BatchItem<"sqlite"> {
  return db.run(sql`insert into ${writeGuard} (stale) select 1 where changes() = 0`);
}

/**
 * Runs a batch that holds guarded writes, all or nothing. A guard that fired
 * becomes `StaleWrite`; every other failure passes through unchanged.
 */
export async function runGuarded<T extends [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]>(db: Db, statements: T) {
  try {
    return await db.batch(statements);
  } catch (error) {
    if (isConstraintFailure(error, "CHECK", "stale_write")) throw new StaleWrite({ cause: error });
    throw error;
  }
}
