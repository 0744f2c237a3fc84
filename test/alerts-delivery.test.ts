import { createScheduledController, env } from "cloudflare:test";
import { auditLog, tenants } from "@kycuong/db";
import { findTenantsToAlert } from "@kycuong/domain/alerts";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import worker from "../workers/api/src/index";
import {
  createAlertTenant,
  endOfVnDay,
  endOutage,
  insertOpenTask,
  outboxOf,
  receivedBy,
  runAlertJobs,
  startOutage,
  vn,
} from "./fixtures/alerts";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { setTenantSettings } from "./fixtures/reports";

describe("delivering the outbox", () => {
  it("an email provider outage loses nothing: the digest waits, is retried with backoff, and goes out once", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await startOutage(d.heads.commune, 503);

    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:30") }]);
    const [failed] = await outboxOf(d, d.heads.commune);
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed?.lastError).toContain("503");
    // First retry 5 minutes later; a run before then leaves it alone.
    expect(failed?.nextAttemptAt).toBe(new Date(vn("2026-12-07 07:35")).toISOString());
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:33") }]);
    expect((await outboxOf(d, d.heads.commune))[0]?.attempts).toBe(1);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:45") }]);
    const [again] = await outboxOf(d, d.heads.commune);
    expect(again).toMatchObject({ status: "pending", attempts: 2 });
    // The second retry waits 10 minutes.
    expect(again?.nextAttemptAt).toBe(new Date(vn("2026-12-07 07:55")).toISOString());
    expect(await receivedBy(d.heads.commune)).toEqual([]);

    await endOutage(d.heads.commune);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 08:00") }]);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 08:15") }]);
    const mails = await receivedBy(d.heads.commune);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("Báo cáo quý");
    expect((await outboxOf(d, d.heads.commune))[0]).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("the provider's rate limit (429) is a failure like an outage: kept, retried on the schedule, sent once", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await startOutage(d.heads.commune, 429);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:30") }]);
    const [limited] = await outboxOf(d, d.heads.commune);
    expect(limited).toMatchObject({ status: "pending", attempts: 1 });
    expect(limited?.lastError).toContain("429");
    expect(limited?.nextAttemptAt).toBe(new Date(vn("2026-12-07 07:35")).toISOString());

    await endOutage(d.heads.commune);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:45") }]);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 08:00") }]);
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
    expect((await outboxOf(d, d.heads.commune))[0]).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("an outage that outlasts the day: the next day's digest replaces the unsent one, with everything still open", async () => {
    const d = await createAlertTenant();
    const task = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await startOutage(d.heads.commune, 500);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 07:30") }]);
    // Pending mail is not sent after the window closes, even when its retry is due.
    await endOutage(d.heads.commune);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 18:00") }]);
    expect(await receivedBy(d.heads.commune)).toEqual([]);

    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-08 07:30") }]);
    const rows = await outboxOf(d, d.heads.commune);
    expect(rows.map((r) => [r.localDate, r.status])).toEqual([
      ["2026-12-07", "superseded"],
      ["2026-12-08", "sent"],
    ]);
    const mails = await receivedBy(d.heads.commune);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`/tasks/${task}`);
    expect(mails[0]?.subject).toContain("08/12/2026");
    // A sent digest stays sent when the next day's is planned.
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-09 07:30") }]);
    expect((await outboxOf(d, d.heads.commune)).map((r) => r.status)).toEqual(["superseded", "sent", "sent"]);
  });

  it("after the tenant's maximum attempts the email is marked dead, with its error, for admins to see", async () => {
    const d = await createAlertTenant();
    await setTenantSettings(d, { alertMaxAttempts: 3 });
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await startOutage(d.heads.commune, 422);
    for (const moment of ["2026-12-07 07:30", "2026-12-07 07:40", "2026-12-07 07:55", "2026-12-07 08:30"]) {
      await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn(moment) }]);
    }
    await endOutage(d.heads.commune);
    const [row] = await outboxOf(d, d.heads.commune);
    expect(row).toMatchObject({ status: "dead", attempts: 3 });
    expect(row?.lastError).toContain("422");
    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.action, "notification.dead")));
    expect(audit.map((a) => a.entityId)).toEqual([row?.id]);
    // Dead means no more attempts.
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2026-12-07 10:00") }]);
    expect(await receivedBy(d.heads.commune)).toEqual([]);
  });

  it("with the default settings, an address that keeps failing is dead after 8 attempts across days", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await startOutage(d.heads.commune, 422);
    try {
      // The cron every 15 minutes through the 07:00–11:00 window, Monday to Thursday.
      for (const day of ["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17"]) {
        for (let minutes = 7 * 60; minutes < 11 * 60; minutes += 15) {
          const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
          await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn(`${day} ${time}`) }]);
        }
      }
    } finally {
      await endOutage(d.heads.commune);
    }
    const rows = await outboxOf(d, d.heads.commune);
    // Monday: 6 tries (07:00, 07:15, 07:30, 08:00, 08:45, 10:15); Tuesday 1; Wednesday the 8th: dead.
    // Thursday's digest gets one try, in case the address works again, and is dead too.
    expect(rows.map((row) => [row.localDate, row.status, row.attempts])).toEqual([
      ["2026-12-14", "superseded", 6],
      ["2026-12-15", "superseded", 7],
      ["2026-12-16", "dead", 8],
      ["2026-12-17", "dead", 9],
    ]);
    expect(rows[2]?.lastError).toContain("422");
    expect(await receivedBy(d.heads.commune)).toEqual([]);
  }, 60_000);

  it("one tenant's failure does not stop another tenant's digests", async () => {
    const broken = await createAlertTenant();
    const fine = await createAlertTenant();
    // Settings that no longer parse: the job for this tenant throws.
    await testDb()
      .update(tenants)
      .set({ settings: { alertHourLocal: "seven" } })
      .where(eq(tenants.id, broken.tenant.id));
    await insertOpenTask(broken, broken.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");
    await insertOpenTask(fine, fine.communeUnitId, endOfVnDay("2026-12-02"), "Báo cáo quý");

    const at = vn("2026-12-07 07:30");
    const result = await runAlertJobs([
      { tenantId: broken.tenant.id, scheduledTime: at, id: "broken-tenant-job" },
      { tenantId: fine.tenant.id, scheduledTime: at, id: "fine-tenant-job" },
    ]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["broken-tenant-job"]);
    expect(result.explicitAcks).toEqual(["fine-tenant-job"]);
    expect(await receivedBy(fine.heads.commune)).toHaveLength(1);
    expect(await receivedBy(broken.heads.commune)).toEqual([]);
    // The cron names it instead of enqueueing a job that cannot succeed, and still serves the others.
    const found = await findTenantsToAlert({
      db: testDb(),
      now: new Date(vn("2026-12-08 07:30")),
      actor: { type: "system", job: "test" },
      requestId: "test",
    });
    expect(found.unreadable).toContain(broken.tenant.id);
    expect(found.jobs.map((j) => j.tenantId)).toContain(fine.tenant.id);
  });
});

describe("single emails (a report's answer, a password link)", () => {
  it("one whose immediate send failed goes out at the next cron run, even on a Sunday night, without any digest", async () => {
    const d = await createAlertTenant();
    const email = d.users.party_office.email;
    await startOutage(email, 503);
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.get(`/t/${d.tenant.slug}/forgot-password`);
    expect((await browser.post(`/t/${d.tenant.slug}/forgot-password`, { email })).status).toBe(200);
    // The send right after the answer failed: the email waits in the outbox with its error.
    await vi.waitFor(
      async () =>
        expect((await outboxOf(d, email))[0]).toMatchObject({ kind: "password_link", status: "pending", attempts: 1 }),
      { timeout: 5000 },
    );
    await endOutage(email);

    const sundayNight = vn("2026-12-06 22:00");
    const found = await findTenantsToAlert({
      db: testDb(),
      now: new Date(sundayNight),
      actor: { type: "system", job: "test" },
      requestId: "test",
    });
    expect(found.jobs.map((job) => job.tenantId)).toContain(d.tenant.id);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: sundayNight }]);
    expect(await receivedBy(email)).toHaveLength(1);
    expect((await outboxOf(d, email))[0]).toMatchObject({ status: "sent" });
    // No digest was planned or sent for that night.
    expect((await outboxOf(d)).filter((row) => row.kind !== "password_link")).toEqual([]);
  });
});

describe("the cron, end to end", () => {
  it("the scheduled event enqueues the tenant's job and the queue consumer sends its digests, once", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-11-26"), "Báo cáo tháng 11");
    // The earliest date any alert test uses: planning other tests' tenants for it supersedes nothing of theirs.
    const cron = "*/15 * * * *";
    await worker.scheduled(createScheduledController({ scheduledTime: vn("2026-12-01 07:30"), cron }), env);
    await vi.waitFor(async () => expect(await receivedBy(d.heads.commune)).toHaveLength(1), {
      timeout: 60_000,
      interval: 250,
    });
    await worker.scheduled(createScheduledController({ scheduledTime: vn("2026-12-01 07:45"), cron }), env);
    // Give a (wrong) second delivery the time the first one took, then check there was none.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
    expect((await outboxOf(d))[0]).toMatchObject({ localDate: "2026-12-01", status: "sent" });
  }, 90_000);
});
