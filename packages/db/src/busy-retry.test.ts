import { describe, expect, it } from "vitest";
import { isDatabaseBusy, retryWhenBusy } from "./busy-retry";

const busy = () => Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" });

describe("retryWhenBusy", () => {
  it("tries again while the database is busy and returns the first success", async () => {
    let calls = 0;
    const result = await retryWhenBusy(async () => {
      calls++;
      if (calls < 3) throw busy();
      return "written";
    });
    expect(result).toBe("written");
    expect(calls).toBe(3);
  });

  it("gives up, with the busy error, once its time budget is spent (not after a fixed count)", async () => {
    let calls = 0;
    await expect(
      retryWhenBusy(async () => {
        calls++;
        throw busy();
      }, 150),
    ).rejects.toThrow(/SQLITE_BUSY/);
    expect(calls).toBeGreaterThan(2);
  });

  it("never retries other failures (a constraint violation is an answer, not contention)", async () => {
    let calls = 0;
    await expect(
      retryWhenBusy(async () => {
        calls++;
        throw new Error("SQLITE_CONSTRAINT: UNIQUE constraint failed: units.code");
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(calls).toBe(1);
  });

  it("recognises busy errors wrapped as causes", () => {
    expect(isDatabaseBusy(new Error("Failed query", { cause: busy() }))).toBe(true);
    expect(isDatabaseBusy(new Error("Failed query"))).toBe(false);
  });
});
