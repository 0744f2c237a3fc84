import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../workers/api/src/index";
import { createAlertTenant, runAlertJobs, vn } from "./fixtures/alerts";
import { insertTenant } from "./fixtures/db";

describe("scheduled handler", () => {
  it("runs for the event's scheduledTime and logs a summary; on a Sunday it enqueues nobody", async () => {
    await insertTenant();
    const log = vi.spyOn(console, "log");
    try {
      const scheduledTime = vn("2026-11-29 07:30"); // a Sunday morning in Việt Nam
      const controller = createScheduledController({ scheduledTime, cron: "*/15 * * * *" });
      await worker.scheduled(controller, env);
      const summaries = log.mock.calls
        .map(([line]) => (typeof line === "string" ? JSON.parse(line) : null))
        .filter((entry) => entry?.msg === "scheduled run");
      expect(summaries).toHaveLength(1);
      expect(summaries[0]).toMatchObject({
        job: "scheduled",
        cron: "*/15 * * * *",
        scheduledTime: "2026-11-29T00:30:00.000Z",
        enqueued: 0,
      });
      expect(summaries[0].activeTenants).toBeGreaterThanOrEqual(1);
    } finally {
      log.mockRestore();
    }
  });

  it("the queue consumer refuses to run without the settings its emails need, naming them", async () => {
    const d = await createAlertTenant();
    const job = [{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:30") }];
    await expect(runAlertJobs(job, { PUBLIC_BASE_URL: undefined })).rejects.toThrow(/PUBLIC_BASE_URL/);
    await expect(runAlertJobs(job, { EMAIL_API_KEY: undefined })).rejects.toThrow(/EMAIL_API_KEY/);
  });
});
