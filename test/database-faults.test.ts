import { StaffReport } from "@kycuong/domain/reports";
import { afterEach, describe, expect, it } from "vitest";
import { Intake } from "../workers/api/src/routes/public/reports";
import { apiClient, created, ok } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { type FaultyDatabase, faultyDatabase } from "./fixtures/database-faults";
import { rowsWrittenFor } from "./fixtures/db";
import { aReport, createHotlineTenant, freshIp } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";
import { insertReport, rowOf } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

let db: FaultyDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

/** The staff API of `d` as its hotline officer, through the Worker whose database is behind the faulty proxy. */
function officerVia(d: StaffTenant, proxy: FaultyDatabase) {
  return apiClient({
    base: `/v1/tenants/${d.tenant.slug}`,
    token: () => d.token("hotline_officer"),
    fetch: proxy.fetch,
  });
}

function intakeVia(proxy: FaultyDatabase, slug: string, ip: string, idempotencyKey: string) {
  return apiClient({ headers: { "CF-Connecting-IP": ip, "Idempotency-Key": idempotencyKey }, fetch: proxy.fetch }).post(
    `/v1/public/tenants/${slug}/reports`,
    aReport,
  );
}

async function expectUnavailable(res: Response) {
  await expectProblem(res, 503, "database_unavailable");
  expect(res.headers.get("retry-after")).toBe("5");
}

/** Rows added per table between two counts (tables that did not change are left out). */
function added(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([table, n]) => [table, n - (before[table] ?? 0)] as const)
      .filter(([, n]) => n !== 0),
  );
}

describe("a database that cannot be reached", () => {
  it("answers 503 database_unavailable with Retry-After to writes, reads and intake, writes nothing, and the next request after it returns succeeds", async () => {
    db = await faultyDatabase();
    const d = await createStaffTenant();
    const hotline = await createHotlineTenant();
    const report = await insertReport(d);
    const officer = officerVia(d, db);
    await ok(await officer.get(`/reports/${report.id}`), StaffReport); // signs the token (a session row) first
    const before = [await rowsWrittenFor(d.tenant.id, null), await rowsWrittenFor(hotline.id, null)];

    await db.set({ mode: "down" });
    await expectUnavailable(await officer.post(`/reports/${report.id}/transitions`, { to: "accepted" }));
    await expectUnavailable(await officer.get(`/reports/${report.id}`));
    await expectUnavailable(await officer.get("/reports"));
    await expectUnavailable(await intakeVia(db, hotline.slug, freshIp(), crypto.randomUUID()));
    expect([await rowsWrittenFor(d.tenant.id, null), await rowsWrittenFor(hotline.id, null)]).toEqual(before);

    await db.set({ mode: "pass" });
    expect(
      (await ok(await officer.post(`/reports/${report.id}/transitions`, { to: "accepted" }), StaffReport)).status,
    ).toBe("accepted");
    await created(await intakeVia(db, hotline.slug, freshIp(), crypto.randomUUID()), Intake);
  });

  it("shows people a 503 page with Retry-After, not a 500: the console, the hotline form and the sign-in page", async () => {
    db = await faultyDatabase();
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug, {}, db.fetch);
    expect((await browser.signIn(d.users.hotline_officer.email)).status).toBe(303);
    const home = `/t/${d.tenant.slug}/app`;
    expect((await browser.get(home)).status).toBe(200);
    // Someone about to sign in: the sign-in page (and its CSRF token) was read before the outage.
    const stranger = new ConsoleBrowser(d.tenant.slug, {}, db.fetch);
    expect((await stranger.get(`/t/${d.tenant.slug}/login`)).status).toBe(200);

    await db.set({ mode: "down" });
    const t = `/t/${d.tenant.slug}`;
    const answers = {
      "the console's home": await browser.get(home),
      "the console's report inbox": await browser.get(`${t}/app/reports`),
      "the hotline form": await browser.get(`${t}/hotline`),
      "a report sent through the hotline form": await browser.post(`${t}/hotline`, {
        category: "thai_do",
        description: aReport.description,
      }),
      "the sign-in page": await browser.get(`${t}/login`),
      "a sign-in": await stranger.post(`${t}/login`, { email: d.users.viewer.email, password: "whatever-it-is" }),
    };
    for (const [what, page] of Object.entries(answers)) {
      expect(page.status, what).toBe(503);
      expect(page.headers.get("content-type"), what).toMatch(/^text\/html/);
      expect(page.headers.get("retry-after"), what).toBe("5");
      expect(page.html, what).toMatch(/^<!DOCTYPE html>/);
      expect(page.html, what).toMatch(/tạm thời gián đoạn/i);
    }
    // In English when asked, as every page.
    expect((await browser.get(`${t}/hotline?lang=en`)).html).toContain("briefly unavailable");

    await db.set({ mode: "pass" });
    expect((await browser.get(home)).status).toBe(200);
  });
});

describe("a connection dropped in the middle of a request", () => {
  /**
   * Drops the connection at every pipeline request the write makes (the
   * request lost before sqld sees it, or sqld's answer lost after it ran),
   * one point per attempt, and checks what is left.
   */
  const dropPoints = (roundTrips: number) =>
    Array.from({ length: roundTrips }, (_, after) =>
      (["request", "response"] as const).map((lose) => ({ mode: "drop" as const, after, lose })),
    ).flat();

  it("intake with an Idempotency-Key: 503, then all of the report or none of it, and the retry stores it once", async () => {
    db = await faultyDatabase();
    const hotline = await createHotlineTenant();
    // One intake that works: what it writes and how many round trips it takes.
    const start = await rowsWrittenFor(hotline.id, null);
    const sent = await db.forwarded();
    await created(await intakeVia(db, hotline.slug, freshIp(), crypto.randomUUID()), Intake);
    const roundTrips = (await db.forwarded()) - sent;
    const oneIntake = added(start, await rowsWrittenFor(hotline.id, null));
    expect(oneIntake).toMatchObject({ reports: 1, audit_log: 1 });

    const outcomes = new Set<string>();
    for (const fault of dropPoints(roundTrips)) {
      const at = `dropped ${fault.lose} after ${fault.after} of ${roundTrips} round trips`;
      const ip = freshIp();
      const key = crypto.randomUUID();
      const before = await rowsWrittenFor(hotline.id, null);
      await db.set(fault);
      await expectUnavailable(await intakeVia(db, hotline.slug, ip, key));
      await db.set({ mode: "pass" });
      const kept = added(before, await rowsWrittenFor(hotline.id, null));
      expect([{}, oneIntake], at).toContainEqual(kept);
      outcomes.add(Object.keys(kept).length === 0 ? "nothing" : "all");

      // The client tries again with the same key: stored once, whichever way the first try ended.
      const retry = await intakeVia(db, hotline.slug, ip, key);
      await created(retry, Intake);
      expect(added(before, await rowsWrittenFor(hotline.id, null)), at).toEqual(oneIntake);
    }
    // The drops hit the write itself: some before it ran (nothing kept), one after (all kept, the answer lost).
    expect([...outcomes].sort()).toEqual(["all", "nothing"]);
  });

  it("a staff transition: 503, then the report moved with its event and audit entry, or not at all", async () => {
    db = await faultyDatabase();
    const d = await createStaffTenant();
    const officer = officerVia(d, db);
    const first = await insertReport(d);
    await ok(await officer.get(`/reports/${first.id}`), StaffReport); // signs the token (a session row) first
    const start = await rowsWrittenFor(d.tenant.id, null);
    const sent = await db.forwarded();
    await ok(await officer.post(`/reports/${first.id}/transitions`, { to: "accepted" }), StaffReport);
    const roundTrips = (await db.forwarded()) - sent;
    const oneTransition = added(start, await rowsWrittenFor(d.tenant.id, null));
    expect(oneTransition).toMatchObject({ audit_log: 1 });

    const outcomes = new Set<string>();
    for (const fault of dropPoints(roundTrips)) {
      const at = `dropped ${fault.lose} after ${fault.after} of ${roundTrips} round trips`;
      const report = await insertReport(d);
      const before = await rowsWrittenFor(d.tenant.id, null);
      await db.set(fault);
      await expectUnavailable(await officer.post(`/reports/${report.id}/transitions`, { to: "accepted" }));
      await db.set({ mode: "pass" });
      const kept = added(before, await rowsWrittenFor(d.tenant.id, null));
      const status = (await rowOf(report.id))?.status;
      if (Object.keys(kept).length === 0) {
        expect(status, at).toBe("received");
        outcomes.add("nothing");
      } else {
        expect(kept, at).toEqual(oneTransition);
        expect(status, at).toBe("accepted");
        outcomes.add("all");
      }
      // After recovery the report reads as it is stored, and the next step works.
      expect((await ok(await officer.get(`/reports/${report.id}`), StaffReport)).status, at).toBe(status);
      const next = status === "received" ? "accepted" : "assigned";
      const body = next === "accepted" ? { to: next } : { to: next, unitId: d.communeUnitId };
      expect((await ok(await officer.post(`/reports/${report.id}/transitions`, body), StaffReport)).status, at).toBe(
        next,
      );
    }
    expect([...outcomes].sort()).toEqual(["all", "nothing"]);
  });
});
