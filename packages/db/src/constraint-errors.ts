/** True when a write failed on a UNIQUE constraint (libSQL wraps SQLite's message). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE|SQLITE_CONSTRAINT_PRIMARYKEY/.test(e.message)) return true;
    if ("code" in e && typeof e.code === "string" && /CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(e.code)) return true;
  }
  return false;
}

/**
 * True when a write failed on the named CHECK constraint (`stale_write`) or
 * NOT NULL column (`tasks.title`), through the errors libSQL wraps it in.
 * The lost-update guard (guarded-write.ts) tells its own failure apart with it.
 */
export function isConstraintFailure(error: unknown, kind: "CHECK" | "NOT NULL", name: string): boolean {
  const expected = `${kind} constraint failed: ${name}`;
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes(expected)) return true;
  }
  return false;
}
