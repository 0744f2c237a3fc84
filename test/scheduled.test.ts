import { createScheduledController, env } from "cloudflare:test";
import { loginThrottles, passwordLinks, staffSessions } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import worker from "../workers/api/src/index";
import { createAlertTenant, runAlertJobs, vn } from "./fixtures/alerts";
import { insertTenant, testDb } from "./fixtures/db";
import { createStaffTenant } from "./fixtures/staff";

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

  it("once a day deletes the sign-in records that can no longer change an answer, and keeps the rest", async () => {
    const db = testDb();
    const d = await createStaffTenant();
    const user = d.users.hotline_officer.id;
    // The daily run (20:00 UTC, 03:00 in Việt Nam), on a past day: only rows older than it are at stake.
    const scheduledTime = new Date("2026-11-27T20:05:00.000Z");
    const hoursBefore = (hours: number) => new Date(scheduledTime.getTime() - hours * 3_600_000).toISOString();
    const hoursAfter = (hours: number) => hoursBefore(-hours);

    const throttles = { stale: newId(), recent: newId(), stillWaiting: newId() };
    await db.insert(loginThrottles).values([
      { key: throttles.stale, failures: 7, lockedUntil: hoursBefore(25), updatedAt: hoursBefore(25) },
      { key: throttles.recent, failures: 3, lockedUntil: null, updatedAt: hoursBefore(2) },
      { key: throttles.stillWaiting, failures: 30, lockedUntil: hoursAfter(1), updatedAt: hoursBefore(30) },
    ]);
    const session = (expiresAt: string) => ({
      id: newId(),
      tenantId: d.tenant.id,
      userId: user,
      tokenHash: newId(),
      createdAt: hoursBefore(24 * 30),
      lastSeenAt: hoursBefore(48),
      expiresAt,
    });
    const sessions = { ended: session(hoursBefore(1)), live: session(hoursAfter(8)) };
    await db.insert(staffSessions).values(Object.values(sessions));
    const link = (expiresAt: string) => ({
      id: newId(),
      tenantId: d.tenant.id,
      userId: user,
      purpose: "reset" as const,
      tokenHash: newId(),
      expiresAt,
      createdAt: hoursBefore(1),
    });
    const links = { expired: link(hoursBefore(0.5)), live: link(hoursAfter(0.25)) };
    await db.insert(passwordLinks).values(Object.values(links));

    const log = vi.spyOn(console, "log");
    try {
      await worker.scheduled(createScheduledController({ scheduledTime, cron: "*/15 * * * *" }), env);
      const summary = log.mock.calls
        .map(([line]) => (typeof line === "string" ? JSON.parse(line) : null))
        .find((entry) => entry?.msg === "scheduled run");
      expect(summary.signIns).toMatchObject({
        loginThrottles: expect.any(Number),
        sessions: expect.any(Number),
        passwordLinks: expect.any(Number),
      });
      expect(summary.signIns.loginThrottles).toBeGreaterThanOrEqual(1);
    } finally {
      log.mockRestore();
    }

    const keys = await db
      .select({ key: loginThrottles.key })
      .from(loginThrottles)
      .where(inArray(loginThrottles.key, Object.values(throttles)));
    expect(keys.map((row) => row.key).sort()).toEqual([throttles.recent, throttles.stillWaiting].sort());
    const sessionIds = await db
      .select({ id: staffSessions.id })
      .from(staffSessions)
      .where(inArray(staffSessions.id, [sessions.ended.id, sessions.live.id]));
    expect(sessionIds).toEqual([{ id: sessions.live.id }]);
    const linkIds = await db
      .select({ id: passwordLinks.id })
      .from(passwordLinks)
      .where(inArray(passwordLinks.id, [links.expired.id, links.live.id]));
    expect(linkIds).toEqual([{ id: links.live.id }]);
  });

  it("leaves the sign-in records alone on the other runs of the day", async () => {
    const db = testDb();
    const key = newId();
    const scheduledTime = new Date("2026-11-27T08:00:00.000Z");
    await db
      .insert(loginThrottles)
      .values({ key, failures: 2, lockedUntil: null, updatedAt: "2026-11-20T00:00:00.000Z" });
    await worker.scheduled(createScheduledController({ scheduledTime, cron: "*/15 * * * *" }), env);
    expect(
      await db
        .select()
        .from(loginThrottles)
        .where(inArray(loginThrottles.key, [key])),
    ).toHaveLength(1);
  });
});
