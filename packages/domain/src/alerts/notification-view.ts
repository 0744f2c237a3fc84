import { type NotificationRow, notificationKinds, notificationStatuses } from "@kycuong/db";
import { z } from "zod";

/** An outbox row as admins see it in lists: what, to whom, for which day, and how delivery went. */
export const NotificationSummary = z
  .object({
    id: z.string(),
    kind: z.enum(notificationKinds),
    recipient: z.string(),
    localDate: z.string(),
    unitIds: z.array(z.string()),
    subject: z.string(),
    itemCount: z.int(),
    overdueCount: z.int(),
    status: z.enum(notificationStatuses),
    attempts: z.int(),
    nextAttemptAt: z.string(),
    lastAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    providerMessageId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "NotificationSummary" });
export type NotificationSummary = z.infer<typeof NotificationSummary>;

/**
 * One outbox row with the message itself; a password link's body is
 * withheld (empty, `bodyWithheld: true`): it holds a live single-use
 * sign-in link, which nobody but its recipient may see.
 */
export const Notification = NotificationSummary.extend({
  bodyHtml: z.string(),
  bodyText: z.string(),
  bodyWithheld: z.boolean(),
}).meta({
  id: "Notification",
});
export type Notification = z.infer<typeof Notification>;

// The provider idempotency key (`sendKey`) and a single email's dedupe reference (`ref`, e.g. a password
// link's id) are the sender's own business: they stay out of every answer.
export function toNotificationSummary(row: NotificationRow): NotificationSummary {
  const { tenantId: _t, sendKey: _k, ref: _r, bodyHtml: _h, bodyText: _x, ...summary } = row;
  return summary;
}

/** Kinds whose body carries a secret: shown to nobody but the recipient. */
const withheldKinds: ReadonlySet<NotificationRow["kind"]> = new Set(["password_link"]);

export function toNotification(row: NotificationRow): Notification {
  const { tenantId: _t, sendKey: _k, ref: _r, ...notification } = row;
  if (!withheldKinds.has(row.kind)) return { ...notification, bodyWithheld: false };
  return { ...notification, bodyHtml: "", bodyText: "", bodyWithheld: true };
}
