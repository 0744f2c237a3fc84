import type { OfficialKind } from "@kycuong/db";
import type { z } from "zod";
import type { FieldError } from "../errors";
import { officialFields } from "./official-input";
import type { OfficialStatus } from "./official-view";

export const importColumns = [
  "employee_code",
  "full_name",
  "kind",
  "position",
  "unit_code",
  "email",
  "phone",
  "party_member",
  "holds_leadership_post",
  "status",
] as const;
export type ImportColumn = (typeof importColumns)[number];

const requiredColumns: ImportColumn[] = ["full_name", "kind", "unit_code"];

/** Where each known column sits in a record. */
export type ImportHeader = Map<ImportColumn, number>;

/**
 * One data row, checked. A field is `undefined` when its cell is empty or its
 * column absent: an empty cell never overwrites what an existing official
 * has, and takes the default only when the row creates someone.
 */
export interface ImportRow {
  row: number;
  employeeCode: string | undefined;
  email: string | undefined;
  fullName: string;
  kind: OfficialKind;
  unitId: string;
  position: string | undefined;
  phone: string | undefined;
  partyMember: boolean | undefined;
  holdsLeadershipPost: boolean | undefined;
  status: OfficialStatus | undefined;
}

/** Header names are matched case-insensitively; "Employee Code" and "employee-code" mean employee_code. */
export function readHeader(record: string[]): { header: ImportHeader; errors: FieldError[] } {
  const header: ImportHeader = new Map();
  const errors: FieldError[] = [];
  record.forEach((raw, index) => {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    if (name === "") return;
    if (!(importColumns as readonly string[]).includes(name)) {
      errors.push({
        path: `header.${raw}`,
        message: `Cột không xác định · Unknown column (${importColumns.join(", ")})`,
      });
    } else if (header.has(name as ImportColumn)) {
      errors.push({ path: `header.${name}`, message: "Cột bị lặp · Column repeated" });
    } else {
      header.set(name as ImportColumn, index);
    }
  });
  for (const column of requiredColumns) {
    if (!header.has(column))
      errors.push({ path: `header.${column}`, message: "Thiếu cột bắt buộc · Required column missing" });
  }
  if (!header.has("employee_code") && !header.has("email")) {
    errors.push({
      path: "header.employee_code",
      message: "Cần cột employee_code hoặc email · An employee_code or email column is required",
    });
  }
  return { header, errors };
}

const kindWords: Record<string, OfficialKind> = {
  cadre: "cadre",
  "cán bộ": "cadre",
  civil_servant: "civil_servant",
  "công chức": "civil_servant",
  public_employee: "public_employee",
  "viên chức": "public_employee",
};

const statusWords: Record<string, OfficialStatus> = { active: "active", left: "left" };

const yesNoWords: Record<string, boolean> = { true: true, "1": true, có: true, false: false, "0": false, không: false };

/** Checks one record against the header; `unitIds` maps this tenant's unit codes to ids. */
export function readImportRow(
  record: string[],
  row: number,
  header: ImportHeader,
  unitIds: Map<string, string>,
): { value: ImportRow; errors: [] } | { value: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const cell = (column: ImportColumn) => {
    const index = header.get(column);
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  const parse = <T>(column: ImportColumn, schema: z.ZodType<T>): T | undefined => {
    const raw = cell(column);
    if (raw === "") return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    errors.push({ path: column, message: result.error.issues[0]?.message ?? "Không hợp lệ · Invalid" });
    return undefined;
  };
  const lookup = <T>(column: ImportColumn, words: Record<string, T>, message: string): T | undefined => {
    const raw = cell(column).normalize("NFC").toLowerCase();
    if (raw === "") return undefined;
    if (Object.hasOwn(words, raw)) return words[raw];
    errors.push({ path: column, message });
    return undefined;
  };
  const required = <T>(column: ImportColumn, value: T | undefined): T | undefined => {
    if (value === undefined && cell(column) === "") errors.push({ path: column, message: "Bắt buộc · Required" });
    return value;
  };

  const known = new Set(header.values());
  if (record.some((value, index) => !known.has(index) && value.trim() !== "")) {
    errors.push({ path: "row", message: "Có ô nằm ngoài các cột tiêu đề · A cell lies outside the header's columns" });
  }
  const employeeCode = parse("employee_code", officialFields.employeeCode);
  const email = parse("email", officialFields.email);
  const fullName = required("full_name", parse("full_name", officialFields.fullName));
  const kind = required(
    "kind",
    lookup(
      "kind",
      kindWords,
      "Phải là cadre/cán bộ, civil_servant/công chức hoặc public_employee/viên chức · Unknown kind",
    ),
  );
  const unitCode = cell("unit_code");
  const unitId = unitIds.get(unitCode);
  if (unitCode === "") errors.push({ path: "unit_code", message: "Bắt buộc · Required" });
  else if (!unitId) errors.push({ path: "unit_code", message: "Không có đơn vị mã này · No unit has this code" });
  const position = parse("position", officialFields.position);
  const phone = parse("phone", officialFields.phone);
  const partyMember = lookup("party_member", yesNoWords, "Phải là true/false/1/0/có/không · Must be a yes or no");
  const holdsLeadershipPost = lookup(
    "holds_leadership_post",
    yesNoWords,
    "Phải là true/false/1/0/có/không · Must be a yes or no",
  );
  const status = lookup("status", statusWords, "Phải là active hoặc left · Must be active or left");
  if (cell("employee_code") === "" && cell("email") === "") {
    errors.push({
      path: header.has("employee_code") ? "employee_code" : "email",
      message: "Cần employee_code hoặc email để nhận diện · employee_code or email is required",
    });
  }
  if (errors.length > 0 || fullName === undefined || kind === undefined || unitId === undefined) {
    return { value: null, errors };
  }
  return {
    value: {
      row,
      employeeCode,
      email,
      fullName,
      kind,
      unitId,
      position,
      phone,
      partyMember,
      holdsLeadershipPost,
      status,
    },
    errors: [],
  };
}
