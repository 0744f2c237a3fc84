import { and, eq, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * The one way to filter tenant-owned rows: the tenant goes into the WHERE
 * clause of the query itself, never checked after loading. Another tenant's
 * row is then indistinguishable from a missing one.
 *
 *   db.select().from(units).where(inTenant(units, ctx.tenant.id, eq(units.id, id)))
 */
export function inTenant(table: { tenantId: SQLiteColumn }, tenantId: string, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.tenantId, tenantId), ...conditions) as SQL;
}
