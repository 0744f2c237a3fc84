import { inTenant, type NotificationKind, type NotificationRow, notificationKinds, notifications } from "@kycuong/db";
import { asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { DomainContext, TenantRef } from "../context";
import type { EmailTransport } from "./email-transport";
import { attemptSend, recordAttempt, type SendAttempt, type SendOutcome } from "./send-attempt";

/**
 * How long a sender holds a row it took: another run leaves it alone
 * meanwhile. Never equal to a retry delay (5, 10, 20, … minutes), so a
 * held row is recognisable by its times alone (see `isBeingSent`).
 */
export const LEASE_MS = 15 * 60_000;
/** Sends per run and tenant; the rest wait for the next run (the cron comes every 15 minutes). */
const BATCH = 50;
/** Parallel sends: enough to hide the provider's latency, few enough not to trip its rate limit. */
const PARALLEL = 5;

/** True while a sender holds the row: taking it set `nextAttemptAt` to exactly `lastAttemptAt` + the lease. */
export function isBeingSent(
  row: Pick<NotificationRow, "status" | "lastAttemptAt" | "nextAttemptAt">,
  now: Date,
): boolean {
  if (row.status !== "pending" || !row.lastAttemptAt) return false;
  const leaseEnd = Date.parse(row.lastAttemptAt) + LEASE_MS;
  return Date.parse(row.nextAttemptAt) === leaseEnd && leaseEnd > now.getTime();
}

export type DeliveryResult = Record<SendOutcome, number>;

/**
 * Sends the tenant's pending outbox rows that are due. Rows are first taken
 * with a lease in one statement (attempts counted, `nextAttemptAt` pushed
 * forward), so two runs at once never send the same row; each outcome is
 * then written only if this run still holds that lease. A few are sent at
 * once and their outcomes written in one batch: one database writer at a
 * time, one round trip per few emails. Should that write fail after the
 * sends, the lease runs out and the rows go again under the same
 * idempotency key, which the provider answers without sending twice.
 */
export async function deliverPendingNotifications(
  ctx: DomainContext,
  tenant: TenantRef,
  transport: EmailTransport,
  startedAt: Date = ctx.now,
  /** Only these kinds (a request sending its own email now must not send digests outside their window). */
  kinds: readonly NotificationKind[] = notificationKinds,
): Promise<DeliveryResult> {
  const taken = await takeDueRows(ctx, tenant.id, startedAt, kinds);
  const result: DeliveryResult = { sent: 0, failed: 0, dead: 0 };
  for (let i = 0; i < taken.length; i += PARALLEL) {
    const rows = taken.slice(i, i + PARALLEL);
    const attempts = await Promise.all(rows.map((row) => attemptSend(transport, row)));
    const recorded = rows.map((row, j) => recordAttempt(ctx, tenant, transport.name, row, attempts[j] as SendAttempt));
    const [first, ...rest] = recorded.flatMap((r) => r.writes);
    if (first) await ctx.db.batch([first, ...rest]);
    for (const r of recorded) result[r.outcome]++;
  }
  return result;
}

/**
 * Due is judged at the job's time (`ctx.now`), but the lease runs from
 * whichever is later, that or when the job really started (`startedAt`): a
 * job that waited in the queue must still hold its rows for a full lease
 * against the next cron's job, which may already be running.
 */
async function takeDueRows(
  ctx: DomainContext,
  tenantId: string,
  startedAt: Date,
  kinds: readonly NotificationKind[],
): Promise<NotificationRow[]> {
  const at = ctx.now.toISOString();
  const leaseFrom = new Date(Math.max(ctx.now.getTime(), startedAt.getTime()));
  const due = ctx.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      inTenant(
        notifications,
        tenantId,
        eq(notifications.status, "pending"),
        lte(notifications.nextAttemptAt, at),
        inArray(notifications.kind, [...kinds]),
      ),
    )
    .orderBy(asc(notifications.nextAttemptAt))
    .limit(BATCH);
  return ctx.db
    .update(notifications)
    .set({
      attempts: sql`${notifications.attempts} + 1`,
      lastAttemptAt: leaseFrom.toISOString(),
      nextAttemptAt: new Date(leaseFrom.getTime() + LEASE_MS).toISOString(),
      updatedAt: at,
    })
    .where(
      inTenant(
        notifications,
        tenantId,
        inArray(notifications.id, due),
        eq(notifications.status, "pending"),
        lte(notifications.nextAttemptAt, at),
      ),
    )
    .returning();
}

/** Sends one taken row and records what happened in one batch; returns which count it adds to. */
export async function deliverOne(
  ctx: DomainContext,
  tenant: TenantRef,
  transport: EmailTransport,
  row: NotificationRow,
): Promise<SendOutcome> {
  const { outcome, writes } = recordAttempt(ctx, tenant, transport.name, row, await attemptSend(transport, row));
  await ctx.db.batch(writes);
  return outcome;
}
