import { describe, expect, it } from "vitest";
import { isConstraintFailure } from "./constraint-errors";

// libSQL wraps SQLite's message in its own error, sometimes as a `cause`.
function wrapped(message: string): Error {
  return new Error("SERVER_ERROR: batch failed", { cause: new Error(message) });
}

describe("isConstraintFailure", () => {
  it("recognises the named CHECK constraint or NOT NULL column, through wrapping errors", () => {
    expect(
      isConstraintFailure(wrapped("CHECK constraint failed: tasks_status_check"), "CHECK", "tasks_status_check"),
    ).toBe(true);
    expect(
      isConstraintFailure(
        wrapped("SQLITE_CONSTRAINT: NOT NULL constraint failed: inspection_teams.name"),
        "NOT NULL",
        "inspection_teams.name",
      ),
    ).toBe(true);
  });

  it("does not mistake another constraint, another kind, or another error for it", () => {
    const taskCheck = wrapped("CHECK constraint failed: tasks_status_check");
    expect(isConstraintFailure(taskCheck, "CHECK", "reports_status_check")).toBe(false);
    expect(isConstraintFailure(taskCheck, "NOT NULL", "tasks_status_check")).toBe(false);
    expect(isConstraintFailure(wrapped("UNIQUE constraint failed: tasks.id"), "CHECK", "tasks_status_check")).toBe(
      false,
    );
    expect(isConstraintFailure("CHECK constraint failed: tasks_status_check", "CHECK", "tasks_status_check")).toBe(
      false,
    );
  });
});
