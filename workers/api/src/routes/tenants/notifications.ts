import {
  getNotification,
  listNotifications,
  Notification,
  NotificationListQuery,
  NotificationSummary,
  resendNotification,
} from "@kycuong/domain/alerts";
import { emailTransportFor } from "../../email/email-transport-for";
import { jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Overdue alerts";

const list = staffRoute({
  operationId: "listNotifications",
  method: "get",
  path: "/",
  tag,
  summary: "The overdue-alert outbox: every digest email, newest first, with its delivery status",
  description:
    "Filters: `status` (`pending`, `sent`, `dead` — gave up after the tenant's `alertMaxAttempts`, `superseded` — " +
    "replaced by a newer day's digest before it went out), `recipient` (an email address), `date` (the local " +
    "date a digest is for). `lastError` says why the last attempt failed.",
  permission: "notifications:manage",
  request: { params: TenantParams, query: PageParams.extend(NotificationListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(NotificationSummary, "NotificationPage"), "A page of notifications"),
    400: problemContent("Bad query"),
  },
});

const get = staffRoute({
  operationId: "getNotification",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One outbox email with its HTML and plain-text message",
  description:
    "A `password_link` email's body is withheld (`bodyHtml` and `bodyText` empty, `bodyWithheld: true`): it " +
    "holds a live single-use sign-in link meant for its recipient only. The subject, recipient and delivery " +
    "are shown as for any email.",
  permission: "notifications:manage",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(Notification, "The notification") },
});

const resend = staffRoute({
  operationId: "resendNotification",
  method: "post",
  path: `/{id}/resend`,
  tag,
  summary: "Send one outbox email again, now (e.g. a dead one after its cause was fixed)",
  description:
    "Sends at once through the configured transport, outside the alert window (an explicit act). The answer " +
    "shows the outcome: `sent`, or `pending`/`dead` with `lastError`.",
  permission: "notifications:manage",
  request: { params: TenantItemParams },
  responses: {
    200: jsonResponse(Notification, "The notification after the attempt"),
    409: problemContent(
      "Being sent right now (`notification_being_sent`) or changed meanwhile (`notification_changed`)",
    ),
  },
});

export const notificationRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listNotifications(tenantContext(c), c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getNotification(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(resend, async (c) => {
    const transport = () => emailTransportFor(c.var.config, c.var.db);
    return c.json(await resendNotification(tenantContext(c), c.req.valid("param").id, transport), 200);
  });
