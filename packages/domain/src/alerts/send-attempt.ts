import { inTenant, type NotificationRow, notifications } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext, TenantRef } from "../context";
import type { EmailTransport } from "./email-transport";

/** 5 minutes after the first failure, doubling each time, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export type SendAttempt = { ok: true; messageId: string | null } | { ok: false; error: string };

/** Hands one outbox row to the transport; never throws, so a batch of sends can be recorded together. */
export async function attemptSend(transport: EmailTransport, row: NotificationRow): Promise<SendAttempt> {
  try {
    const { messageId } = await transport.send({
      to: row.recipient,
      subject: row.subject,
      html: row.bodyHtml,
      text: row.bodyText,
      idempotencyKey: row.sendKey ?? row.id,
    });
    return { ok: true, messageId };
  } catch (error) {
    return { ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
  }
}

export type SendOutcome = "sent" | "failed" | "dead";

/**
 * What a send attempt changes: the row sent, or pending with its error and
 * a later retry, or dead after the tenant's maximum attempts (both sent and
 * dead with an audit entry). Each update applies only while this attempt
 * still holds the row (same attempt count), so a late writer changes nothing.
 */
export function recordAttempt(
  ctx: DomainContext,
  tenant: TenantRef,
  transportName: string,
  row: NotificationRow,
  attempt: SendAttempt,
) {
  const at = ctx.now.toISOString();
  // Still pending, too: a row superseded meanwhile must not come back.
  const held = inTenant(
    notifications,
    tenant.id,
    and(eq(notifications.id, row.id), eq(notifications.attempts, row.attempts), eq(notifications.status, "pending")),
  );
  const audit = (action: string, after: Record<string, unknown>) =>
    auditEntry(ctx, { tenantId: tenant.id, action, entityType: "notification", entityId: row.id, after });
  if (attempt.ok) {
    return {
      outcome: "sent" as SendOutcome,
      writes: [
        ctx.db
          .update(notifications)
          .set({ status: "sent", sentAt: at, providerMessageId: attempt.messageId, lastError: null, updatedAt: at })
          .where(held),
        audit("notification.sent", { transport: transportName, attempts: row.attempts, recipient: row.recipient }),
      ] as const,
    };
  }
  const dead = row.attempts >= tenant.settings.alertMaxAttempts;
  const failure = ctx.db
    .update(notifications)
    .set({
      status: dead ? "dead" : "pending",
      lastError: attempt.error,
      nextAttemptAt: new Date(ctx.now.getTime() + retryDelayMs(row.attempts)).toISOString(),
      updatedAt: at,
    })
    .where(held);
  if (!dead) return { outcome: "failed" as SendOutcome, writes: [failure] as const };
  return {
    outcome: "dead" as SendOutcome,
    writes: [
      failure,
      audit("notification.dead", { transport: transportName, attempts: row.attempts, lastError: attempt.error }),
    ] as const,
  };
}
