import { describe, expect, it } from "vitest";
import { testDb } from "../../../../test/fixtures/db";
import { createStaffTenant, TEST_PASSWORD } from "../../../../test/fixtures/staff";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { login } from "./login";
import { LOCK_AFTER, LOCK_MINUTES } from "./login-throttle";

/** A fresh context (and a fresh database client, as after a restart) at a chosen instant. */
const at = (now: Date): DomainContext => ({ db: testDb(), now, actor: { type: "public" }, requestId: "throttle-test" });

async function attempt(ctx: DomainContext, input: { tenant: string; email: string; password: string }) {
  try {
    await login(ctx, input);
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("login throttle", () => {
  it("slows down, then locks for 15 minutes, and the lock outlives a restart", async () => {
    const d = await createStaffTenant();
    const email = d.users.hotline_officer.email;
    const wrong = { tenant: d.tenant.slug, email, password: "definitely-wrong" };
    const right = { tenant: d.tenant.slug, email, password: TEST_PASSWORD };
    let now = Date.parse("2026-11-27T02:00:00Z");

    const results: string[] = [];
    for (let failures = 0; failures < LOCK_AFTER; ) {
      const result = await attempt(at(new Date(now)), wrong);
      results.push(result);
      if (result === "invalid_credentials") failures++;
      now += result === "login_throttled" ? 1_000 : 100; // a patient attacker waits out each slow-down
    }
    // Slow-down kicked in after 5 failures: some attempts in between were refused unchecked.
    expect(results.slice(0, 5)).toEqual(Array(5).fill("invalid_credentials"));
    expect(results).toContain("login_throttled");

    // Locked: even the right password is refused, by a brand-new client (as after a restart).
    expect(await attempt(at(new Date(now + 60_000)), right)).toBe("login_throttled");
    expect(await attempt(at(new Date(now + (LOCK_MINUTES - 1) * 60_000)), right)).toBe("login_throttled");
    // After the period the right password works and clears the count.
    expect(await attempt(at(new Date(now + (LOCK_MINUTES + 1) * 60_000)), right)).toBe("ok");
    expect(await attempt(at(new Date(now + (LOCK_MINUTES + 2) * 60_000)), wrong)).toBe("invalid_credentials");
  });
});
