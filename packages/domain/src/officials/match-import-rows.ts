import { inTenant, type OfficialRow, officials } from "@kycuong/db";
import { or, sql } from "drizzle-orm";
import type { TenantContext } from "../context";
import type { FieldError } from "../errors";
import type { ImportRow } from "./import-rows";

/** A checked row and the existing official it updates (none: it creates one). */
export interface MatchedRow {
  row: ImportRow;
  existing: OfficialRow | undefined;
}

/**
 * The tenant's officials whose employee code or email appears in the file,
 * in one query: the lists travel as one JSON argument each, so a 5,000-row
 * file stays far below SQLite's limit on bound parameters.
 */
export async function loadOfficialsNamedIn(ctx: TenantContext, rows: ImportRow[]): Promise<OfficialRow[]> {
  const codes = [...new Set(rows.flatMap((row) => (row.employeeCode ? [row.employeeCode] : [])))];
  const emails = [...new Set(rows.flatMap((row) => (row.email ? [row.email] : [])))];
  if (codes.length === 0 && emails.length === 0) return [];
  return ctx.db
    .select()
    .from(officials)
    .where(
      inTenant(
        officials,
        ctx.tenant.id,
        or(
          sql`${officials.employeeCode} in (select value from json_each(${JSON.stringify(codes)}))`,
          sql`${officials.email} in (select value from json_each(${JSON.stringify(emails)}))`,
        ),
      ),
    );
}

/**
 * Decides, row by row, who each row is: the official with its employee code,
 * else the one with its email (if that official has no other code), else
 * somebody new. Refuses what the database
 * would refuse halfway through the batch, and what would make the outcome
 * depend on row order: the same code, email or person twice in one file, or
 * an email that already belongs to a different official.
 */
export function matchImportRows(
  rows: ImportRow[],
  existing: OfficialRow[],
  reject: (row: number, error: FieldError) => void,
): MatchedRow[] {
  const byCode = new Map(existing.flatMap((o) => (o.employeeCode ? [[o.employeeCode, o] as const] : [])));
  const byEmail = new Map(existing.flatMap((o) => (o.email ? [[o.email, o] as const] : [])));
  const rowWithCode = new Map<string, number>();
  const rowWithEmail = new Map<string, number>();
  const rowForOfficial = new Map<string, number>();
  const matched: MatchedRow[] = [];
  for (const row of rows) {
    const { employeeCode: code, email } = row;
    const sameCode = code ? rowWithCode.get(code) : undefined;
    if (code && sameCode) reject(row.row, sameAs("employee_code", sameCode));
    const sameEmail = email ? rowWithEmail.get(email) : undefined;
    if (email && sameEmail) reject(row.row, sameAs("email", sameEmail));
    if (code && !sameCode) rowWithCode.set(code, row.row);
    if (email && !sameEmail) rowWithEmail.set(email, row.row);

    const emailOwner = email ? byEmail.get(email) : undefined;
    // An email match never overwrites a different employee code: that is two people, or a typo.
    const emailMatch = emailOwner && !(code && emailOwner.employeeCode) ? emailOwner : undefined;
    const official = (code ? byCode.get(code) : undefined) ?? emailMatch;
    if (emailOwner && emailOwner.id !== official?.id) {
      reject(row.row, {
        path: "email",
        message: `Email đã thuộc về cán bộ khác (${emailOwner.fullName}) · The email belongs to another official`,
      });
    }
    const samePerson = official ? rowForOfficial.get(official.id) : undefined;
    if (official && samePerson && !sameCode && !sameEmail) {
      reject(row.row, sameAs(code && byCode.has(code) ? "employee_code" : "email", samePerson));
    }
    if (official && !samePerson) rowForOfficial.set(official.id, row.row);
    matched.push({ row, existing: official });
  }
  return matched;
}

function sameAs(path: string, row: number): FieldError {
  return { path, message: `Trùng với dòng ${row} · Same as row ${row}` };
}
