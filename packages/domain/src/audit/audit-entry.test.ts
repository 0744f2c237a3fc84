import { describe, expect, it } from "vitest";
import { changedFields, PERSONAL_CHANGE } from "./audit-entry";

describe("what the audit log records of a change", () => {
  it("records a reporter's contact details only as changed, never their values", () => {
    const changes = changedFields(
      { reporterName: "Nguyễn Văn Thử", reporterPhone: "0905 000 111", reporterEmail: null, status: "received" },
      { reporterName: null, reporterPhone: "0905 000 222", reporterEmail: "thu@example.vn", status: "accepted" },
    );
    expect(changes).toEqual({
      reporterName: PERSONAL_CHANGE,
      reporterPhone: PERSONAL_CHANGE,
      reporterEmail: PERSONAL_CHANGE,
      status: ["received", "accepted"],
    });
    expect(JSON.stringify(changes)).not.toMatch(/Nguyễn|0905|thu@/);
  });

  it("leaves out secrets and unchanged fields", () => {
    expect(changedFields({ passwordHash: "a", name: "x" }, { passwordHash: "b", name: "x" })).toEqual({});
  });
});
