import { inTenant, type NotificationRow, notifications } from "@kycuong/db";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext, TenantRef } from "../context";
import type { EmailTransport } from "./email-transport";

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

/** 5 minutes after the first failure, doubling each time, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** True while a sender holds the row: taking it set `nextAttemptAt` to exactly `lastAttemptAt` + the lease. */
export function isBeingSent(
  row: Pick<NotificationRow, "status" | "lastAttemptAt" | "nextAttemptAt">,
  now: Date,
): boolean {
  if (row.status !== "pending" || !row.lastAttemptAt) return false;
  const leaseEnd = Date.parse(row.lastAttemptAt) + LEASE_MS;
  return Date.parse(row.nextAttemptAt) === leaseEnd && leaseEnd > now.getTime();
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  dead: number;
}

/**
 * Sends the tenant's pending outbox rows that are due. Rows are first taken
 * with a lease in one statement (attempts counted, `nextAttemptAt` pushed
 * forward), so two runs at once never send the same row; each outcome is
 * then written only if this run still holds that lease. A failure keeps
 * the row pending with its error and a later retry time; after the
 * tenant's maximum attempts it is marked dead for an admin to see.
 */
export async function deliverPendingNotifications(
  ctx: DomainContext,
  tenant: TenantRef,
  transport: EmailTransport,
): Promise<DeliveryResult> {
  const taken = await takeDueRows(ctx, tenant.id);
  const result: DeliveryResult = { sent: 0, failed: 0, dead: 0 };
  for (let i = 0; i < taken.length; i += PARALLEL) {
    await Promise.all(
      taken.slice(i, i + PARALLEL).map(async (row) => {
        const outcome = await deliverOne(ctx, tenant, transport, row);
        result[outcome]++;
      }),
    );
  }
  return result;
}

async function takeDueRows(ctx: DomainContext, tenantId: string): Promise<NotificationRow[]> {
  const at = ctx.now.toISOString();
  const due = ctx.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(inTenant(notifications, tenantId, eq(notifications.status, "pending"), lte(notifications.nextAttemptAt, at)))
    .orderBy(asc(notifications.nextAttemptAt))
    .limit(BATCH);
  return ctx.db
    .update(notifications)
    .set({
      attempts: sql`${notifications.attempts} + 1`,
      lastAttemptAt: at,
      nextAttemptAt: new Date(ctx.now.getTime() + LEASE_MS).toISOString(),
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

/** Sends one taken row and records what happened; returns which count it adds to. */
export async function deliverOne(
  ctx: DomainContext,
  tenant: TenantRef,
  transport: EmailTransport,
  row: NotificationRow,
  idempotencyKey: string = row.id,
): Promise<keyof DeliveryResult> {
  const at = ctx.now.toISOString();
  // Only the holder of this attempt may write its outcome.
  const held = inTenant(
    notifications,
    tenant.id,
    and(eq(notifications.id, row.id), eq(notifications.attempts, row.attempts)),
  );
  try {
    const { messageId } = await transport.send({
      to: row.recipient,
      subject: row.subject,
      html: row.bodyHtml,
      text: row.bodyText,
      idempotencyKey,
    });
    await ctx.db.batch([
      ctx.db
        .update(notifications)
        .set({ status: "sent", sentAt: at, providerMessageId: messageId, lastError: null, updatedAt: at })
        .where(held),
      auditEntry(ctx, {
        tenantId: tenant.id,
        action: "notification.sent",
        entityType: "notification",
        entityId: row.id,
        after: { transport: transport.name, attempts: row.attempts, recipient: row.recipient },
      }),
    ]);
    return "sent";
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const dead = row.attempts >= tenant.settings.alertMaxAttempts;
    const nextAttemptAt = new Date(ctx.now.getTime() + retryDelayMs(row.attempts)).toISOString();
    const failure = ctx.db
      .update(notifications)
      .set({ status: dead ? "dead" : "pending", lastError: message, nextAttemptAt, updatedAt: at })
      .where(held);
    if (!dead) {
      await failure;
      return "failed";
    }
    await ctx.db.batch([
      failure,
      auditEntry(ctx, {
        tenantId: tenant.id,
        action: "notification.dead",
        entityType: "notification",
        entityId: row.id,
        after: { transport: transport.name, attempts: row.attempts, lastError: message },
      }),
    ]);
    return "dead";
  }
}
