import { DomainError } from "../errors";

export type UniqueField = "employeeCode" | "email";

const columns: Record<UniqueField, string> = { employeeCode: "officials.employee_code", email: "officials.email" };

/** 409 `official_duplicate`: another official of this tenant already has that employee code or email. */
export function duplicateOfficial(
  fields: UniqueField[],
  pathOf: (field: UniqueField) => string = (field) => `body.${field}`,
): DomainError {
  return new DomainError(
    "official_duplicate",
    "Mã cán bộ hoặc email đã thuộc về một cán bộ khác · The employee code or email belongs to another official",
    fields.map((field) => ({
      path: pathOf(field),
      message: "Đã thuộc về một cán bộ khác · Already belongs to another official",
    })),
  );
}

/**
 * Which unique field a failed write collided on. SQLite names the index
 * columns in its message ("UNIQUE constraint failed: officials.tenant_id,
 * officials.email"); if the wording is ever unrecognised, both are named.
 */
export function collidedFields(error: unknown): UniqueField[] {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
  const text = messages.join("\n");
  const named = (Object.keys(columns) as UniqueField[]).filter((field) => text.includes(columns[field]));
  return named.length > 0 ? named : ["employeeCode", "email"];
}
