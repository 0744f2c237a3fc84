import { inTenant, notificationStatuses, notifications } from "@kycuong/db";
import { desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { LocalDate } from "../input/dates";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { type NotificationSummary, toNotificationSummary } from "./notification-view";

export const NotificationListQuery = z.object({
  status: z.enum(notificationStatuses).optional(),
  recipient: z
    .email()
    .max(200)
    .transform((email) => email.toLowerCase())
    .optional(),
  /** The local date a digest is for. */
  date: LocalDate.optional(),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** The tenant's outbox, newest first; `status=dead` is what needs an admin's eye. */
export async function listNotifications(
  ctx: TenantContext,
  query: NotificationListQuery & PageQuery,
): Promise<Page<NotificationSummary>> {
  assertCan(ctx, "notifications:manage");
  const before = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(
      inTenant(
        notifications,
        ctx.tenant.id,
        query.status ? eq(notifications.status, query.status) : undefined,
        query.recipient ? eq(notifications.recipient, query.recipient) : undefined,
        query.date ? eq(notifications.localDate, query.date) : undefined,
        before ? lt(notifications.id, before) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toNotificationSummary), nextCursor: page.nextCursor };
}
