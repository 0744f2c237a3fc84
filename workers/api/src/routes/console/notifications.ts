import { z } from "@hono/zod-openapi";
import { getNotification, listNotifications, NotificationListQuery, resendNotification } from "@kycuong/domain/alerts";
import { DomainError } from "@kycuong/domain/errors";
import { areaContext } from "../../console/area-context";
import { consolePage, seeOther } from "../../console/console-page";
import { emailTransportFor } from "../../email/email-transport-for";
import { IdParam, PageParams } from "../../http/common-schemas";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { tenantContext } from "../../http/tenant-context";
import { at } from "../../pages/console/areas-text";
import { NotificationListPage, NotificationPage } from "../../pages/console/notification-pages";
import type { FormErrors } from "../../pages/hotline/form-errors";
import { TenantSlug } from "../public/tenants";

const lang = z.enum(["vi", "en"]).optional();
const itemParams = z.object({ slug: TenantSlug, id: IdParam });

// The filter is a form people type into: checked by the verb's own schema in the handler, so a
// mistyped address comes back as the page with the field marked, not as a bare 400.
const list = consoleRoute({
  operationId: "showConsoleNotifications",
  method: "get",
  path: "/notifications",
  summary: "The outbox (every email: digests, password links, answers), newest first, filtered",
  permission: "notifications:manage",
  request: {
    params: z.object({ slug: TenantSlug }),
    query: PageParams.extend({
      status: z.string().max(20).optional(),
      recipient: z.string().max(320).optional(),
      date: z.string().max(20).optional(),
      lang,
    }),
  },
  responses: { 400: { description: "The page again, the filter's mistake marked" } },
});

const item = consoleRoute({
  operationId: "showConsoleNotification",
  method: "get",
  path: "/notifications/{id}",
  summary: "One outbox email: delivery and plain-text message (a password link's is never shown)",
  permission: "notifications:manage",
  request: {
    params: itemParams,
    query: z.object({ resent: z.enum(["sent", "busy", "changed"]).optional(), lang }),
  },
});

const resend = consoleRoute({
  operationId: "resendConsoleNotification",
  method: "post",
  path: "/notifications/{id}/resend",
  summary: "Send one outbox email again now, then back to it with the outcome",
  permission: "notifications:manage",
  request: { params: itemParams },
  responses: { 303: { description: "Back to the email, saying whether it went again" } },
});

export const consoleNotificationRoutes = createRouter()
  .openapi(list, async (c) => {
    const { ctx, props } = areaContext(c);
    const { limit, cursor, lang: _lang, ...typed } = c.req.valid("query");
    const filter = Object.fromEntries(Object.entries(typed).filter(([, value]) => value !== undefined && value !== ""));
    const parsed = NotificationListQuery.safeParse(filter);
    const errors: FormErrors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] = at(props.frame.lang, "invalidFilter");
    }
    const query = parsed.success ? parsed.data : {};
    const page = await listNotifications(ctx, { ...query, limit, cursor: parsed.success ? cursor : undefined });
    const status = parsed.success ? 200 : 400;
    return consolePage(
      c,
      NotificationListPage({ ...props, filter: typed, errors, page, paged: cursor !== undefined }),
      status,
    );
  })
  .openapi(item, async (c) => {
    const { ctx, props } = areaContext(c);
    const notification = await getNotification(ctx, c.req.valid("param").id);
    return consolePage(c, NotificationPage({ ...props, notification, outcome: c.req.valid("query").resent }));
  })
  .openapi(resend, async (c) => {
    const { id } = c.req.valid("param");
    const back = (outcome: string) => seeOther(c, `/t/${c.var.tenant.slug}/app/notifications/${id}?resent=${outcome}`);
    try {
      await resendNotification(tenantContext(c), id, () => emailTransportFor(c.var.config, c.var.db));
      return back("sent");
    } catch (error) {
      if (error instanceof DomainError && error.code === "notification_being_sent") return back("busy");
      if (error instanceof DomainError && error.code === "notification_changed") return back("changed");
      throw error;
    }
  });
