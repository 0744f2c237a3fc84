import { DomainError } from "@kycuong/domain/errors";
import type { MiddlewareHandler } from "hono";
import { consoleHeaders, pageFrame } from "../../console/console-page";
import type { AppEnv } from "../../http/app-env";
import { databaseFault } from "../../http/error-handler";
import type { ConsoleTextKey } from "../../pages/console/console-text";
import { ct } from "../../pages/console/console-text";
import { MessagePage } from "../../pages/console/message-page";

const shown: {
  test: (code: string) => boolean;
  status: 403 | 404 | 429;
  title: ConsoleTextKey;
  message: ConsoleTextKey;
}[] = [
  { test: (code) => code === "csrf_token_invalid", status: 403, title: "csrfTitle", message: "csrf" },
  { test: (code) => code === "forbidden", status: 403, title: "forbiddenTitle", message: "forbidden" },
  {
    test: (code) => code === "not_found" || code.endsWith("_not_found"),
    status: 404,
    title: "notFoundTitle",
    message: "notFound",
  },
  { test: (code) => code === "rate_limited", status: 429, title: "tooManyRequests", message: "tooManyRequests" },
];

/**
 * Console pages answer people: a refused form (CSRF), a role without the
 * permission, a missing item (or another tenant's: the same page) or a
 * suspended tenant become a page in the user's language, with the status
 * the API would give; a database that is busy or cannot be reached becomes a
 * 503 page with Retry-After. Anything else is left to the app's error handler.
 */
export function consoleErrors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const error = c.error;
    const fault = databaseFault(error);
    if (fault) {
      const frame = pageFrame(c);
      const page = MessagePage({
        frame,
        title: ct(frame.lang, "unavailableTitle"),
        message: ct(frame.lang, "unavailable"),
        path: new URL(c.req.url).pathname,
      });
      c.res = c.html(`<!DOCTYPE html>${await page}`, 503, {
        ...consoleHeaders,
        "Retry-After": String(fault.retryAfterSeconds),
      });
      c.error = undefined;
      return;
    }
    if (!(error instanceof DomainError)) return;
    const frame = pageFrame(c);
    const { lang } = frame;
    const rule = shown.find((r) => r.test(error.code));
    const suspended = error.code === "tenant_suspended";
    if (!rule && !suspended) return;
    const page = MessagePage({
      frame,
      title: rule ? ct(lang, rule.title) : ct(lang, "forbiddenTitle"),
      message: rule ? ct(lang, rule.message) : error.message,
      path: new URL(c.req.url).pathname,
    });
    c.res = c.html(`<!DOCTYPE html>${await page}`, rule?.status ?? 403, consoleHeaders);
    c.error = undefined;
  };
}
