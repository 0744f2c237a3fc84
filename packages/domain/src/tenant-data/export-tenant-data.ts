import { inTenant, type TenantTable, tenantTables } from "@kycuong/db";
import { asc, getTableColumns, type SQL, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { type AttachmentStore, type StoredObject, tenantObjectPrefix } from "../reports/attachments/attachment-store";
import { policyOf } from "./export-policy";

/** One line of the export: a row of a table (SQL names), or one of the lines that frame them. */
export interface ExportLine {
  table: string;
  row: Record<string, unknown>;
}

/** Rows read per query: one keyset page on the table's primary key. */
export const EXPORT_PAGE_ROWS = 500;

/** The name of the lines that list the tenant's stored objects (report attachments, violation evidence). */
export const ATTACHMENT_OBJECTS = "attachment_objects";

export interface TenantExport {
  filename: string;
  /** Read lazily, page by page, as the consumer pulls: a large tenant is never held in memory. */
  lines: AsyncIterable<ExportLine>;
}

/**
 * The tenant's data for its administrator: first a manifest line (what was
 * left out and why), then every row of every tenant-owned table (parents
 * first, see `tenantTables`) as `{ table, row }` with SQL column names, then
 * one `attachment_objects` line per stored object, and last an
 * `export_complete` line with the count, so a cut-off download shows as one.
 * The export is audited (`tenant.exported`) when it is asked for.
 */
export async function exportTenantData(ctx: TenantContext, store: AttachmentStore): Promise<TenantExport> {
  assertCan(ctx, "data:export");
  await auditEntry(ctx, {
    tenantId: ctx.tenant.id,
    action: "tenant.exported",
    entityType: "tenant",
    entityId: ctx.tenant.id,
    after: { format: "ndjson" },
  });
  return {
    filename: `kycuong-${ctx.tenant.slug}-${localDate(ctx.now, ctx.tenant.timezone)}.ndjson`,
    lines: exportLines(ctx, store),
  };
}

async function* exportLines(ctx: TenantContext, store: AttachmentStore): AsyncGenerator<ExportLine> {
  yield { table: "export_manifest", row: manifest(ctx) };
  let rows = 0;
  for (const table of tenantTables) {
    const policy = policyOf(table.name);
    if (!policy.export) continue;
    const columns = Object.entries(getTableColumns(table.table)).filter(([, c]) => !policy.omit?.includes(c.name));
    for await (const page of pagesOf(ctx, table)) {
      for (const found of page) {
        const row = Object.fromEntries(columns.map(([key, column]) => [column.name, found[key] ?? null]));
        yield { table: table.name, row: policy.redact ? policy.redact(row) : row };
        rows += 1;
      }
    }
  }
  let objects = 0;
  for await (const object of objectsUnder(store, tenantObjectPrefix(ctx.tenant.id), ["httpMetadata"])) {
    yield {
      table: ATTACHMENT_OBJECTS,
      row: {
        key: object.key,
        size: object.size,
        contentType: object.httpMetadata?.contentType ?? null,
        uploadedAt: object.uploaded.toISOString(),
      },
    };
    objects += 1;
  }
  yield { table: "export_complete", row: { rows, objects } };
}

function manifest(ctx: TenantContext): Record<string, unknown> {
  const omitted: Record<string, readonly string[]> = {};
  const excluded: Record<string, string> = {};
  for (const { name } of tenantTables) {
    const policy = policyOf(name);
    if (!policy.export) excluded[name] = policy.why;
    else if (policy.omit) omitted[name] = policy.omit;
  }
  return {
    tenantId: ctx.tenant.id,
    slug: ctx.tenant.slug,
    exportedAt: ctx.now.toISOString(),
    omittedColumns: omitted,
    excludedTables: excluded,
    notes: "notifications.recipient is null on report_answer rows (a reporter's address)",
  };
}

/**
 * The tenant's rows of one table, a page at a time, walking the primary key
 * (`(a, b) > (?, ?)` for a composite one): each query has the tenant in its
 * WHERE and reads at most EXPORT_PAGE_ROWS rows.
 */
async function* pagesOf(ctx: TenantContext, table: TenantTable): AsyncGenerator<Record<string, unknown>[]> {
  const keys = Object.entries(getTableColumns(table.table));
  const keyOf = (column: (typeof table.primaryKey)[number]) => keys.find(([, c]) => c === column)?.[0] ?? column.name;
  let after: SQL | undefined;
  for (;;) {
    const page = (await ctx.db
      .select()
      .from(table.table)
      .where(inTenant(table.table, ctx.tenant.id, after))
      .orderBy(...table.primaryKey.map((column) => asc(column)))
      .limit(EXPORT_PAGE_ROWS)) as Record<string, unknown>[];
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (!last || page.length < EXPORT_PAGE_ROWS) return;
    const values = table.primaryKey.map((column) => sql`${column.mapToDriverValue(last[keyOf(column)])}`);
    after = sql`(${sql.join(table.primaryKey, sql`, `)}) > (${sql.join(values, sql`, `)})`;
  }
}

/** Every stored object under a prefix, listing page by page (R2 lists at most 1,000 a call). */
export async function* objectsUnder(
  store: AttachmentStore,
  prefix: string,
  include: "httpMetadata"[] = [],
): AsyncGenerator<StoredObject> {
  let cursor: string | undefined;
  do {
    const page = await store.list({ prefix, include, ...(cursor ? { cursor } : {}) });
    yield* page.objects;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
}
