import { inTenant, isUniqueViolation, type OfficialRow, officials, units } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError, type FieldError } from "../errors";
import { collidedFields, duplicateOfficial } from "./duplicate-official";
import { type ImportRow, readHeader, readImportRow } from "./import-rows";
import { loadOfficialsNamedIn, type MatchedRow, matchImportRows } from "./match-import-rows";
import { CsvSyntaxError, parseCsv } from "./parse-csv";

/** A district's whole roster fits; anything bigger is split into several files. */
export const MAX_IMPORT_ROWS = 5_000;

export interface ImportRowResult {
  /** 1-based number of the data row (the header is not counted). */
  row: number;
  status: "created" | "updated";
  id: string;
}

export interface ImportRowError {
  row: number;
  status: "error";
  /** `path` is the column name (`email`, `unit_code`, …), or `row` for the row as a whole. */
  errors: FieldError[];
}

export interface ImportSummary {
  created: number;
  updated: number;
  results: ImportRowResult[];
}

/**
 * The file was refused and nothing was written. `rows` lists every row that
 * failed; the field errors hold the same, flattened (`row.3.email`), plus any
 * problem with the file as a whole (`header.…`, `body`).
 */
export class ImportInvalidError extends DomainError {
  constructor(
    readonly rows: ImportRowError[],
    fileErrors: FieldError[] = [],
  ) {
    super(
      "import_invalid",
      rows.length > 0
        ? `${rows.length} dòng không hợp lệ; chưa ghi gì · ${rows.length} rows are invalid; nothing was written`
        : "Tệp không nhập được; chưa ghi gì · The file cannot be imported; nothing was written",
      [
        ...fileErrors,
        ...rows.flatMap((r) => r.errors.map((e) => ({ path: `row.${r.row}.${e.path}`, message: e.message }))),
      ],
    );
  }
}

/**
 * Creates or updates the tenant's officials from a CSV roster. Every row is
 * checked first; one bad row refuses the whole file. A valid file is written
 * in one batch, with an audit entry per official and one for the import.
 */
export async function importOfficials(ctx: TenantContext, csv: string | ArrayBuffer): Promise<ImportSummary> {
  assertCan(ctx, "organisation:write");
  const [headerRecord = [], ...records] = readRecords(typeof csv === "string" ? csv : decodeUtf8(csv));
  const { header, errors: headerErrors } = readHeader(headerRecord);
  if (headerErrors.length > 0) throw new ImportInvalidError([], headerErrors);
  // Blank lines are skipped but still counted, so row numbers match the spreadsheet's.
  const data = records.map((record, i) => ({ record, row: i + 1 })).filter((r) => r.record.some((c) => c.trim()));
  if (data.length === 0) {
    throw new ImportInvalidError(
      [],
      [{ path: "body", message: "Tệp không có dòng dữ liệu · The file has no data rows" }],
    );
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw new DomainError(
      "import_too_large",
      `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập; tệp có ${data.length} · At most ${MAX_IMPORT_ROWS} rows per import; the file has ${data.length}`,
    );
  }

  const failures = new Map<number, FieldError[]>();
  const reject = (row: number, error: FieldError) => failures.set(row, [...(failures.get(row) ?? []), error]);
  const unitIds = await loadUnitIdsByCode(
    ctx,
    data.map(({ record }) => record[header.get("unit_code") ?? -1] ?? ""),
  );
  const rows: ImportRow[] = [];
  for (const { record, row } of data) {
    const checked = readImportRow(record, row, header, unitIds);
    if (checked.value) rows.push(checked.value);
    for (const error of checked.errors) reject(row, error);
  }
  const matched = matchImportRows(rows, await loadOfficialsNamedIn(ctx, rows), reject);
  if (failures.size > 0) {
    const rowErrors = [...failures].sort(([a], [b]) => a - b);
    throw new ImportInvalidError(rowErrors.map(([row, errors]) => ({ row, status: "error", errors })));
  }
  return writeImport(ctx, matched);
}

/**
 * Only UTF-8 is accepted: a file saved in a legacy code page (Windows-1258,
 * TCVN3) would store every Vietnamese name garbled, so it is refused instead.
 */
function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportInvalidError(
      [],
      [
        {
          path: "body",
          message: "Tệp không phải UTF-8; hãy lưu dạng “CSV UTF-8” · The file is not UTF-8; save it as “CSV UTF-8”",
        },
      ],
    );
  }
}

function readRecords(csv: string): string[][] {
  try {
    return parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportInvalidError([], [{ path: "body", message: error.message }]);
    throw error;
  }
}

async function loadUnitIdsByCode(ctx: TenantContext, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.map((code) => code.trim()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(
      inTenant(units, ctx.tenant.id, sql`${units.code} in (select value from json_each(${JSON.stringify(wanted)}))`),
    );
  return new Map(rows.map((unit) => [unit.code, unit.id]));
}

async function writeImport(ctx: TenantContext, matched: MatchedRow[]): Promise<ImportSummary> {
  const at = ctx.now.toISOString();
  const tenantId = ctx.tenant.id;
  const statements: BatchItem<"sqlite">[] = [];
  const results: ImportRowResult[] = [];
  for (const { row, existing } of matched) {
    if (!existing) {
      const created = {
        id: newId(ctx.now),
        tenantId,
        unitId: row.unitId,
        employeeCode: row.employeeCode ?? null,
        fullName: row.fullName,
        kind: row.kind,
        position: row.position ?? null,
        email: row.email ?? null,
        phone: row.phone ?? null,
        partyMember: row.partyMember ?? false,
        holdsLeadershipPost: row.holdsLeadershipPost ?? false,
        status: row.status ?? "active",
        createdAt: at,
        updatedAt: at,
      };
      statements.push(
        ctx.db.insert(officials).values(created),
        auditEntry(ctx, {
          tenantId,
          action: "official.created",
          entityType: "official",
          entityId: created.id,
          after: created,
        }),
      );
      results.push({ row: row.row, status: "created", id: created.id });
      continue;
    }
    const changes: Partial<OfficialRow> = Object.fromEntries(
      Object.entries({
        unitId: row.unitId,
        employeeCode: row.employeeCode,
        fullName: row.fullName,
        kind: row.kind,
        position: row.position,
        email: row.email,
        phone: row.phone,
        partyMember: row.partyMember,
        holdsLeadershipPost: row.holdsLeadershipPost,
        status: row.status,
      }).filter(([, value]) => value !== undefined),
    );
    const after = { ...existing, ...changes, updatedAt: at };
    statements.push(
      ctx.db
        .update(officials)
        .set({ ...changes, updatedAt: at })
        .where(inTenant(officials, tenantId, eq(officials.id, existing.id))),
      auditEntry(ctx, {
        tenantId,
        action: "official.updated",
        entityType: "official",
        entityId: existing.id,
        before: existing,
        after,
      }),
    );
    results.push({ row: row.row, status: "updated", id: existing.id });
  }
  const created = results.filter((r) => r.status === "created").length;
  const updated = results.length - created;
  const summary = auditEntry(ctx, {
    tenantId,
    action: "official.imported",
    entityType: "official_import",
    entityId: null,
    after: { rows: results.length, created, updated },
  });
  try {
    await ctx.db.batch([summary, ...statements]);
  } catch (error) {
    // The file was checked against the table, so only a concurrent write should collide.
    if (isUniqueViolation(error)) {
      throw duplicateOfficial(collidedFields(error), (field) => (field === "email" ? "email" : "employee_code"));
    }
    throw error;
  }
  return { created, updated, results };
}
