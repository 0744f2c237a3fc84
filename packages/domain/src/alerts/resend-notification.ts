import { guardedUpdate, notifications } from "@kycuong/db";
import { sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { deliverOne, isBeingSent, LEASE_MS } from "./deliver-notifications";
import type { EmailTransport } from "./email-transport";
import { loadNotification } from "./get-notification";
import { type Notification, toNotification } from "./notification-view";

/**
 * An admin sends one outbox email again, now: a dead one after the cause
 * was fixed (a head's address corrected, the provider back), or a sent one
 * someone lost. It is an explicit act, so the alert window does not apply.
 * The row is taken with a lease in the same batch as the audit entry, and
 * only if nobody changed it since it was read (409 otherwise), so a resend
 * never races the scheduled sender into a double send.
 */
export async function resendNotification(
  ctx: TenantContext,
  id: string,
  /** Built only once the row is known to exist, so a missing one answers 404 whatever the email setup. */
  transportFor: () => EmailTransport,
): Promise<Notification> {
  assertCan(ctx, "notifications:manage");
  const row = await loadNotification(ctx, id);
  const transport = transportFor();
  const at = ctx.now.toISOString();
  const leased = new Date(ctx.now.getTime() + LEASE_MS).toISOString();
  // A sender holds it right now: sending it again too could deliver it twice.
  if (isBeingSent(row, ctx.now)) throw beingSent();
  // A sent email must really go again: under its first key a provider would answer "already sent" and
  // send nothing. The new key is stored, so retries of this resend keep it. Any other row was never
  // accepted, so its own key still guards a timed-out attempt.
  const sendKey = row.status === "sent" ? `${row.id}:resend:${row.attempts + 1}` : row.sendKey;
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: notifications,
        row: { tenantId: ctx.tenant.id, id },
        read: { updatedAt: row.updatedAt },
        set: {
          status: "pending",
          attempts: sql`${notifications.attempts} + 1`,
          lastAttemptAt: at,
          nextAttemptAt: leased,
          sendKey,
          updatedAt: at,
        },
      }),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "notification.resend",
        entityType: "notification",
        entityId: id,
        before: { status: row.status, attempts: row.attempts },
        after: { status: "pending", attempts: row.attempts + 1 },
      }),
    ],
    changedMeanwhile,
  );
  await deliverOne(ctx, ctx.tenant, transport, {
    ...row,
    status: "pending",
    attempts: row.attempts + 1,
    lastAttemptAt: at,
    nextAttemptAt: leased,
    sendKey,
    updatedAt: at,
  });
  return toNotification(await loadNotification(ctx, id));
}

function changedMeanwhile(): DomainError {
  return new DomainError(
    "notification_changed",
    "Thư vừa thay đổi trạng thái; hãy tải lại rồi thử lại · The notification changed meanwhile; reload and try again",
  );
}

function beingSent(): DomainError {
  return new DomainError(
    "notification_being_sent",
    "Thư đang được gửi; hãy thử lại sau ít phút · The notification is being sent right now; try again in a few minutes",
  );
}
