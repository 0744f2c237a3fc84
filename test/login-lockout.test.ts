import { auditLog } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TokenPair } from "../workers/api/src/routes/auth/session";
import { apiClient, ok } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { freshIp } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, TEST_PASSWORD } from "./fixtures/staff";

// Issue 13, defect 2: failures were counted per (tenant, email) only, so strangers could lock any account.

/** The Worker's clock (tests and Worker share one isolate): frozen, and moved only by `wait`. */
let nowMs = 0;
function clockAt(ms: number): void {
  nowMs = ms;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(nowMs));
}
const wait = (seconds: number) => clockAt(nowMs + seconds * 1000);

afterEach(() => {
  vi.useRealTimers();
});

const retryAfter = (res: { headers: Headers }) => Number(res.headers.get("retry-after"));

function logInFrom(ip: string, body: { tenant: string; email: string; password: string }): Promise<Response> {
  return apiClient({ headers: { "CF-Connecting-IP": ip } }).post("/v1/auth/login", body);
}

/** Sends until the answer is not a 429, waiting out each Retry-After, as a patient attacker does. */
async function patiently(send: () => Promise<Response>): Promise<Response> {
  for (;;) {
    const res = await send();
    if (res.status !== 429) return res;
    expect(retryAfter(res)).toBeGreaterThanOrEqual(1);
    wait(retryAfter(res));
  }
}

async function failedLoginsAudited(tenantId: string, userId: string): Promise<number> {
  const rows = await testDb()
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.tenantId, tenantId), eq(auditLog.entityId, userId), eq(auditLog.action, "auth.login_failed")),
    );
  return rows.length;
}

describe("login throttle: no lock-out by strangers (API)", () => {
  it("ten clients failing on the admin do not keep the admin out; each failing client waits longer as the attack grows", async () => {
    clockAt(Date.parse("2026-11-27T02:00:00Z"));
    const d = await createStaffTenant();
    const admin = d.users.tenant_admin;
    const wrong = { tenant: d.tenant.slug, email: admin.email, password: "a-stranger-guesses" };
    const right = { ...wrong, password: TEST_PASSWORD };

    for (let i = 0; i < 10; i++) {
      const ip = freshIp();
      await expectProblem(await patiently(() => logInFrom(ip, wrong)), 401, "invalid_credentials");
    }
    // The real admin, from an address that has not failed, with the right password: in at once.
    await ok(await logInFrom(freshIp(), right), TokenPair);

    // The account is under attack: a stranger's first failure already earns a wait, during which
    // that client is refused whatever it sends.
    const stranger = freshIp();
    await expectProblem(await logInFrom(stranger, wrong), 401, "invalid_credentials");
    const slowed = await logInFrom(stranger, right);
    await expectProblem(slowed, 429, "login_throttled");
    const firstWait = retryAfter(slowed);
    expect(firstWait).toBeGreaterThanOrEqual(1);

    // Thirty more strangers, one failure each: the wait a failure earns grows with the attack.
    for (let i = 0; i < 30; i++) {
      await expectProblem(await logInFrom(freshIp(), wrong), 401, "invalid_credentials");
    }
    const late = freshIp();
    await expectProblem(await logInFrom(late, wrong), 401, "invalid_credentials");
    const lateWait = retryAfter(await logInFrom(late, wrong));
    expect(lateWait).toBeGreaterThan(firstWait);

    // A clean client still signs in at once, and every failure was audited.
    await ok(await logInFrom(freshIp(), right), TokenPair);
    expect(await failedLoginsAudited(d.tenant.id, admin.id)).toBe(10 + 1 + 30 + 1);
  });

  it("slows one client that keeps failing on one account with doubling waits, lets it try again after each, and answers the same for an unknown email", async () => {
    clockAt(Date.parse("2026-11-27T03:00:00Z"));
    const d = await createStaffTenant();
    const transcript = async (email: string, ip: string) => {
      const wrong = { tenant: d.tenant.slug, email, password: "not-the-password" };
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) seen.push(String((await logInFrom(ip, wrong)).status));
      for (let round = 0; round < 3; round++) {
        const refused = await logInFrom(ip, wrong);
        await expectProblem(refused, 429, "login_throttled");
        seen.push(`429 after ${retryAfter(refused)} s`);
        wait(retryAfter(refused));
        seen.push(String((await logInFrom(ip, wrong)).status));
      }
      return seen;
    };
    const ip = freshIp();
    const real = await transcript(d.users.inspector.email, ip);
    expect(real).toEqual([
      ...Array(5).fill("401"),
      "429 after 1 s",
      "401",
      "429 after 2 s",
      "401",
      "429 after 4 s",
      "401",
    ]);
    expect(await transcript(`nobody@${d.tenant.slug}.example`, freshIp())).toEqual(real);

    // After its wait, the right password lets the client in and its count starts again.
    const refused = await logInFrom(ip, { tenant: d.tenant.slug, email: d.users.inspector.email, password: "x-wrong" });
    await expectProblem(refused, 429, "login_throttled");
    wait(retryAfter(refused));
    const inspector = { tenant: d.tenant.slug, email: d.users.inspector.email };
    await ok(await logInFrom(ip, { ...inspector, password: TEST_PASSWORD }), TokenPair);
    await expectProblem(await logInFrom(ip, { ...inspector, password: "x-wrong" }), 401, "invalid_credentials");
  });

  it("a client slowed on one account is not slowed on another by that", async () => {
    clockAt(Date.parse("2026-11-27T04:00:00Z"));
    const d = await createStaffTenant();
    const ip = freshIp();
    const inspector = { tenant: d.tenant.slug, email: d.users.inspector.email, password: "not-the-password" };
    for (let i = 0; i < 5; i++) await logInFrom(ip, inspector);
    await expectProblem(await logInFrom(ip, inspector), 429, "login_throttled");

    const viewer = { tenant: d.tenant.slug, email: d.users.viewer.email };
    await expectProblem(await logInFrom(ip, { ...viewer, password: "a-typo" }), 401, "invalid_credentials");
    await ok(await logInFrom(ip, { ...viewer, password: TEST_PASSWORD }), TokenPair);
  });

  it("a client spraying passwords over many accounts is slowed on every account, other clients are not", async () => {
    clockAt(Date.parse("2026-11-27T05:00:00Z"));
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const sprayer = freshIp();
    // One guess per address, real or not, across two tenants: no account reaches its own limit.
    for (let i = 0; i < 20; i++) {
      const tenant = i % 2 ? d.tenant.slug : other.tenant.slug;
      const res = await logInFrom(sprayer, { tenant, email: `guess-${i}@${tenant}.example`, password: "Summer2026!" });
      await expectProblem(res, 401, "invalid_credentials");
    }
    const right = { tenant: d.tenant.slug, email: d.users.viewer.email, password: TEST_PASSWORD };
    const refused = await logInFrom(sprayer, right);
    await expectProblem(refused, 429, "login_throttled");
    expect(retryAfter(refused)).toBe(1);
    await ok(await logInFrom(freshIp(), right), TokenPair);

    // After the wait the sprayer may guess again, and the next wait is longer.
    wait(1);
    await expectProblem(await logInFrom(sprayer, { ...right, password: "Autumn2026!" }), 401, "invalid_credentials");
    expect(retryAfter(await logInFrom(sprayer, right))).toBe(2);
  });
});

describe("login throttle: no lock-out by strangers (console sign-in)", () => {
  it("keeps the same rules: strangers' failures do not keep the admin out; a failing browser is slowed with Retry-After", async () => {
    clockAt(Date.parse("2026-11-27T06:00:00Z"));
    const d = await createStaffTenant();
    const email = d.users.tenant_admin.email;
    for (let i = 0; i < 10; i++) {
      const stranger = new ConsoleBrowser(d.tenant.slug, { "CF-Connecting-IP": freshIp() });
      expect((await stranger.signIn(email, "a-stranger-guesses")).status).toBe(401);
    }
    const admin = new ConsoleBrowser(d.tenant.slug, { "CF-Connecting-IP": freshIp() });
    const signedIn = await admin.signIn(email);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(`/t/${d.tenant.slug}/app`);

    const typist = new ConsoleBrowser(d.tenant.slug, { "CF-Connecting-IP": freshIp() });
    const officer = d.users.hotline_officer.email;
    for (let i = 0; i < 5; i++) expect((await typist.signIn(officer, "not-the-password")).status).toBe(401);
    const slowed = await typist.signIn(officer);
    expect(slowed.status).toBe(429);
    expect(slowed.html).toContain("Đăng nhập sai quá nhiều lần");
    expect(retryAfter(slowed)).toBe(1);
    wait(1);
    expect((await typist.signIn(officer)).status).toBe(303);
  });
});
