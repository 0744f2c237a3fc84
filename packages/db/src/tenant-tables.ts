import { getTableColumns, is } from "drizzle-orm";
import { getTableConfig, type SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

/** A table whose rows belong to one tenant: it has a `tenant_id` column (the `tenantId` property). */
export type TenantOwnedTable = SQLiteTable & { tenantId: SQLiteColumn };

export interface TenantTable {
  /** The SQL name, e.g. `report_attachments`. */
  name: string;
  table: TenantOwnedTable;
  /** Its primary key columns, in key order: what a keyset page walks. */
  primaryKey: SQLiteColumn[];
}

const allTables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable));

function isTenantOwned(table: SQLiteTable): table is TenantOwnedTable {
  const column = getTableColumns(table).tenantId;
  return column !== undefined && column.name === "tenant_id";
}

function primaryKeyOf(table: SQLiteTable): SQLiteColumn[] {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0];
  return composite ? composite.columns : config.columns.filter((column) => column.primary);
}

/** The tables `table` points at through its foreign keys, itself left out (a tree such as units). */
function referencedBy(table: SQLiteTable): SQLiteTable[] {
  return getTableConfig(table)
    .foreignKeys.map((key) => key.reference().foreignTable)
    .filter((target) => target !== table);
}

/**
 * Every tenant-owned table of the schema, parents before the tables that
 * point at them (units before officials before tasks …). Derived from the
 * schema itself, so a table added tomorrow is exported and deleted with its
 * tenant tomorrow; deleting children first (the reverse) is an order the
 * foreign keys accept.
 */
export const tenantTables: readonly TenantTable[] = (() => {
  const owned = allTables.filter(isTenantOwned);
  const ordered: TenantOwnedTable[] = [];
  const pending = new Set(owned);
  while (pending.size > 0) {
    const ready = [...pending].filter((table) =>
      referencedBy(table).every((parent) => !pending.has(parent as TenantOwnedTable)),
    );
    if (ready.length === 0) throw new Error("tenant tables: a foreign-key cycle between tables");
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered.map((table) => ({ name: getTableConfig(table).name, table, primaryKey: primaryKeyOf(table) }));
})();

/** The SQL names of every table in the schema, tenant-owned or not (for the coverage test). */
export const schemaTableNames: readonly string[] = allTables.map((table) => getTableConfig(table).name);

/** Which tables point at which (SQL names): the deletion order's evidence, for the coverage test. */
export function foreignKeyTargets(table: SQLiteTable): string[] {
  return referencedBy(table).map((target) => getTableConfig(target).name);
}
