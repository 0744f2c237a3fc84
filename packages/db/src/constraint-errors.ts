/** True when a write failed on a UNIQUE constraint (libSQL wraps SQLite's message). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE|SQLITE_CONSTRAINT_PRIMARYKEY/.test(e.message)) return true;
    if ("code" in e && typeof e.code === "string" && /CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(e.code)) return true;
  }
  return false;
}
