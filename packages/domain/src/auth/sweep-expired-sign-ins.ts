import { inTenant, inTenantOrPlatform, loginThrottles, passwordLinks, staffSessions, tenants } from "@kycuong/db";
import { and, isNull, lt, or } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { DomainContext } from "../context";
import { FORGET_AFTER_HOURS } from "./login-throttle";

export interface SignInSweep {
  /** Failure counts no one has added to for FORGET_AFTER_HOURS and that hold no wait. */
  loginThrottles: number;
  /** Console sessions past their absolute end. */
  sessions: number;
  /** Password links past their 30 minutes. */
  passwordLinks: number;
}

/**
 * Deletes the sign-in records that can no longer change an answer, so that
 * guesses at made-up emails and every sign-in ever made do not pile up in
 * the database: a failure count left alone for a day (the next failure would
 * count from 1 again, and no wait outlasts 15 minutes), a console session
 * past its absolute end, a password link past its 30 minutes (an expired
 * link and an unknown one already get the same answer). Refresh tokens are
 * kept: a spent one presented again revokes its family, even after it expired.
 * Each tenant's rows by its own id (every tenant, suspended ones too) and the
 * platform's own links, in one batch after one read of the tenants.
 */
export async function sweepExpiredSignIns(ctx: DomainContext): Promise<SignInSweep> {
  const now = ctx.now.toISOString();
  const forgetBefore = new Date(ctx.now.getTime() - FORGET_AFTER_HOURS * 3_600_000).toISOString();
  const tenantIds = (await ctx.db.select({ id: tenants.id }).from(tenants)).map((tenant) => tenant.id);

  const throttles = ctx.db
    .delete(loginThrottles)
    .where(
      and(
        lt(loginThrottles.updatedAt, forgetBefore),
        or(isNull(loginThrottles.lockedUntil), lt(loginThrottles.lockedUntil, now)),
      ),
    );
  const sessions = tenantIds.map((id) =>
    ctx.db.delete(staffSessions).where(inTenant(staffSessions, id, lt(staffSessions.expiresAt, now))),
  );
  const links = [...tenantIds, null].map((id) =>
    ctx.db.delete(passwordLinks).where(inTenantOrPlatform(passwordLinks, id, lt(passwordLinks.expiresAt, now))),
  );
  const statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [throttles, ...sessions, ...links];
  const results = (await ctx.db.batch(statements)) as { rowsAffected: number }[];
  const deleted = (from: number, to: number) =>
    results.slice(from, to).reduce((sum, result) => sum + result.rowsAffected, 0);
  return {
    loginThrottles: deleted(0, 1),
    sessions: deleted(1, 1 + sessions.length),
    passwordLinks: deleted(1 + sessions.length, results.length),
  };
}
