import { describe, expect, it } from "vitest";
import { testDb } from "../../../../test/fixtures/db";
import { createStaffTenant, TEST_PASSWORD } from "../../../../test/fixtures/staff";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { login } from "./login";
import { FORGET_AFTER_HOURS, FREE_FAILURES_PER_ACCOUNT, MAX_WAIT_SECONDS } from "./login-throttle";

/** A fresh context (and a fresh database client, as after a restart) at a chosen instant. */
const at = (now: number): DomainContext => ({
  db: testDb(),
  now: new Date(now),
  actor: { type: "public" },
  requestId: "throttle-test",
});

/** "ok", the error's code, or "wait N" for a refusal that says how long. */
async function attempt(now: number, input: { tenant: string; email: string; password: string; client: string }) {
  try {
    await login(at(now), input);
    return "ok";
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.code === "login_throttled" ? `wait ${error.hints.retryAfterSeconds}` : error.code;
  }
}

describe("login throttle", () => {
  it("slows one failing client with doubling waits up to 15 minutes, which outlive a restart, and never locks the account", async () => {
    const d = await createStaffTenant();
    const account = { tenant: d.tenant.slug, email: d.users.hotline_officer.email };
    const wrong = { ...account, password: "definitely-wrong", client: "client-that-guesses" };
    let now = Date.parse("2026-11-27T02:00:00Z");

    // A patient attacker on one address: free failures, then it waits out each wait before its next guess.
    const waits: number[] = [];
    for (let failures = 0; failures < FREE_FAILURES_PER_ACCOUNT + 12; ) {
      const result = await attempt(now, wrong);
      if (result.startsWith("wait ")) {
        waits.push(Number(result.slice(5)));
        now += (waits.at(-1) ?? 0) * 1000;
      } else {
        expect(result).toBe("invalid_credentials");
        failures++;
      }
    }
    // Doubling from the fifth failure; under attack from the tenth (all from this client), which adds less
    // than the doubling; capped at 15 minutes.
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, MAX_WAIT_SECONDS, MAX_WAIT_SECONDS]);

    // The wait outlives a restart (a fresh client to the database) …
    expect(await attempt(now + 1000, { ...wrong, password: TEST_PASSWORD })).toMatch(/^wait /);
    // … yet the account is not locked: another client with the right password is let in at once.
    expect(await attempt(now + 1000, { ...account, password: TEST_PASSWORD, client: "the-owner" })).toBe("ok");
    // After its wait, the right password works from the guessing client too and clears its count.
    now += MAX_WAIT_SECONDS * 1000;
    expect(await attempt(now, { ...wrong, password: TEST_PASSWORD })).toBe("ok");
    expect(await attempt(now, wrong)).toBe("invalid_credentials");
  });

  it("forgets a client's failures after a quiet day", async () => {
    const d = await createStaffTenant();
    const wrong = { tenant: d.tenant.slug, email: d.users.viewer.email, password: "wrong-again", client: "typist" };
    const now = Date.parse("2026-11-27T02:00:00Z");
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++) expect(await attempt(now, wrong)).toBe("invalid_credentials");
    expect(await attempt(now, wrong)).toBe("wait 1");

    const nextDay = now + (FORGET_AFTER_HOURS * 3600 + 1) * 1000;
    // The count starts again: another full set of free failures before any wait.
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT - 1; i++) {
      expect(await attempt(nextDay, wrong)).toBe("invalid_credentials");
    }
    expect(await attempt(nextDay, { ...wrong, password: TEST_PASSWORD })).toBe("ok");
  });
});
