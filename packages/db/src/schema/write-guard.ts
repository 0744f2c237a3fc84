import { sql } from "drizzle-orm";
import { check, integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * The lost-update guard's tripwire (see ../guarded-write.ts): a table that can
 * hold no row, because its CHECK is always false. The guard inserts into it
 * only when the guarded write before it matched nothing; the insert then fails
 * with "CHECK constraint failed: stale_write" and the whole batch rolls back.
 * One table for every guarded write, so no other table's constraint is ever
 * broken on purpose and the failure cannot be mistaken for a real one.
 */
export const writeGuard = sqliteTable("write_guard", { stale: integer("stale") }, () => [check("stale_write", sql`0`)]);
