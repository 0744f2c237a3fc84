import { and, eq, isNull, type SQL } from "drizzle-orm";
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

/**
 * `inTenant` for rows that may also belong to the platform itself (an
 * account's password links and refresh tokens: platform admins have no
 * tenant): a tenant's rows, or with `null` only the rows with no tenant.
 */
export function inTenantOrPlatform(
  table: { tenantId: SQLiteColumn },
  tenantId: string | null,
  ...conditions: (SQL | undefined)[]
): SQL {
  return and(tenantId === null ? isNull(table.tenantId) : eq(table.tenantId, tenantId), ...conditions) as SQL;
}
