import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../workers/api/src/index";
import { insertTenant } from "./fixtures/db";

describe("scheduled handler", () => {
  it("runs for the event's scheduledTime and logs a summary of the tenants it serves", async () => {
    await insertTenant();
    const log = vi.spyOn(console, "log");
    try {
      const scheduledTime = Date.UTC(2026, 10, 30, 0, 0, 0); // 07:00 in Asia/Ho_Chi_Minh
      const controller = createScheduledController({ scheduledTime, cron: "0 0 * * *" });
      await worker.scheduled(controller, env);
      const summaries = log.mock.calls
        .map(([line]) => (typeof line === "string" ? JSON.parse(line) : null))
        .filter((entry) => entry?.msg === "scheduled run");
      expect(summaries).toHaveLength(1);
      expect(summaries[0]).toMatchObject({
        job: "scheduled",
        cron: "0 0 * * *",
        scheduledTime: "2026-11-30T00:00:00.000Z",
      });
      expect(summaries[0].activeTenants).toBeGreaterThanOrEqual(1);
    } finally {
      log.mockRestore();
    }
  });
});
