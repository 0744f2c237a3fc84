import { deliverPendingNotifications, singleEmailKinds } from "@kycuong/domain/alerts";
import type { TenantRef } from "@kycuong/domain/context";
import type { LinkBase } from "@kycuong/domain/identity";
import type { Context } from "hono";
import { emailTransportFor } from "../email/email-transport-for";
import { MisconfiguredError } from "../env";
import type { AppEnv } from "../http/app-env";
import { domainContext } from "../http/domain-context";

/**
 * Where links in emails point. Always the configured origin, never the
 * request's Host header (a forged Host would otherwise put an attacker's
 * site into a password link); only the local dev stack may fall back.
 */
export function linkBase(c: Context<AppEnv>): LinkBase {
  const configured = c.var.config.PUBLIC_BASE_URL;
  if (configured) return { baseUrl: configured.replace(/\/+$/, "") };
  if (c.var.config.ENVIRONMENT === "dev") return { baseUrl: new URL(c.req.url).origin };
  throw new MisconfiguredError(["PUBLIC_BASE_URL"]);
}

/**
 * Sends the tenant's waiting single emails (a password link, a report's
 * answer) right after the response, instead of at the next cron: a
 * password link lives 30 minutes. Digests are left to their window. A
 * failed send stays pending in the outbox with its error, like any email.
 */
export function sendSingleEmailsNow(c: Context<AppEnv>, tenant: TenantRef): void {
  const ctx = domainContext(c, { type: "system", job: "single-emails" });
  const sending = (async () => {
    try {
      const transport = emailTransportFor(c.var.config, c.var.db);
      await deliverPendingNotifications(ctx, tenant, transport, new Date(), singleEmailKinds);
    } catch (error) {
      console.error(
        JSON.stringify({
          level: "error",
          msg: "single email not sent now",
          requestId: ctx.requestId,
          error: String(error),
        }),
      );
    }
  })();
  try {
    c.executionCtx.waitUntil(sending);
  } catch {
    // No execution context (a unit test calling app.request): the promise still runs.
  }
}
