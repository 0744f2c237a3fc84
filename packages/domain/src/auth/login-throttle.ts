import { loginThrottles } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { sha256Hex } from "./secret-token";

/** Failures allowed before each further attempt must wait (doubling, 1 s … 60 s). */
export const SLOW_DOWN_AFTER = 5;
/** Failures after which the account is locked for LOCK_MINUTES. */
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;

/**
 * Keyed by tenant and email whether or not the account exists, so a locked
 * answer cannot be used to find out which emails are real.
 */
export function throttleKey(tenantSlug: string | null, email: string): Promise<string> {
  return sha256Hex(`${tenantSlug ?? "(platform)"}:${email.trim().toLowerCase()}`);
}

/** Throws 429 `login_throttled` (with retry seconds) while the key is in a wait or lock period. */
export async function assertNotThrottled(ctx: DomainContext, key: string): Promise<void> {
  const [row] = await ctx.db.select().from(loginThrottles).where(eq(loginThrottles.key, key)).limit(1);
  if (!row?.lockedUntil) return;
  const waitMs = Date.parse(row.lockedUntil) - ctx.now.getTime();
  if (waitMs <= 0) return;
  const retryAfterSeconds = Math.ceil(waitMs / 1000);
  throw new DomainError(
    "login_throttled",
    `Đăng nhập sai quá nhiều lần; thử lại sau ${retryAfterSeconds} giây · Too many failed logins; try again in ${retryAfterSeconds} s`,
    [],
    { retryAfterSeconds },
  );
}

/** The statement recording one more failure, with the wait it earns: for the failure's batch. */
export function recordFailure(ctx: DomainContext, key: string) {
  const at = ctx.now.toISOString();
  const nowMs = ctx.now.getTime();
  // The wait depends on the new count, so it is computed in SQL from the row being updated.
  const lockedUntil = sql`case
      when failures + 1 >= ${LOCK_AFTER} then strftime('%Y-%m-%dT%H:%M:%fZ', (${nowMs} + ${LOCK_MINUTES * 60_000}) / 1000.0, 'unixepoch')
      when failures + 1 >= ${SLOW_DOWN_AFTER} then strftime('%Y-%m-%dT%H:%M:%fZ', (${nowMs} + min(60000, 1000 * (1 << (failures + 1 - ${SLOW_DOWN_AFTER})))) / 1000.0, 'unixepoch')
      else null end`;
  return ctx.db
    .insert(loginThrottles)
    .values({ key, failures: 1, lockedUntil: null, updatedAt: at })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: { failures: sql`failures + 1`, lockedUntil, updatedAt: at },
    });
}

export function clearFailures(ctx: DomainContext, key: string) {
  return ctx.db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
