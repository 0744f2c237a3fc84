import { inTenant, type NotificationRow, notifications } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { type Notification, toNotification } from "./notification-view";

export async function loadNotification(ctx: TenantContext, id: string): Promise<NotificationRow> {
  const [row] = await ctx.db
    .select()
    .from(notifications)
    .where(inTenant(notifications, ctx.tenant.id, eq(notifications.id, id)))
    .limit(1);
  if (!row) throw new DomainError("notification_not_found", "Không tìm thấy thư · Notification not found");
  return row;
}

/** One outbox row with its HTML and plain-text message, as it was (or will be) sent. */
export async function getNotification(ctx: TenantContext, id: string): Promise<Notification> {
  assertCan(ctx, "notifications:manage");
  return toNotification(await loadNotification(ctx, id));
}
