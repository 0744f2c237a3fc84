import { DomainError } from "@kycuong/domain/errors";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../http/app-env";
import { htmlResponse } from "../../http/common-schemas";
import { databaseFault } from "../../http/error-handler";
import { langOf } from "../../pages/i18n";
import { UnavailablePage } from "../../pages/unavailable-page";

/** What `pageErrors` answers, for the page routes' documentation. */
export const unavailablePageResponses = {
  403: htmlResponse("The tenant is suspended: a page saying so"),
  404: htmlResponse("No such tenant: a page saying so"),
  503: htmlResponse("The database is busy or cannot be reached: a page saying so, with Retry-After"),
} as const;

/**
 * Pages answer people, not programs: an unknown or suspended tenant gets a
 * small HTML page (with the status the API would give) instead of the
 * problem document the app's error handler made; so does a database that is
 * busy or cannot be reached (503 with Retry-After). Anything else is left as is.
 */
export function pageErrors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const error = c.error;
    const fault = databaseFault(error);
    if (fault) {
      const page = UnavailablePage({ lang: langOf(c.req.query("lang")), reason: fault.code, path: c.req.path });
      c.res = c.html(`<!DOCTYPE html>${page}`, 503, {
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        "Cache-Control": "no-store",
        "Retry-After": String(fault.retryAfterSeconds),
      });
      return;
    }
    if (!(error instanceof DomainError)) return;
    if (error.code !== "tenant_not_found" && error.code !== "tenant_suspended") return;
    const page = UnavailablePage({ lang: langOf(c.req.query("lang")), reason: error.code, path: c.req.path });
    c.res = c.html(`<!DOCTYPE html>${page}`, error.code === "tenant_not_found" ? 404 : 403, {
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      "Cache-Control": "no-store",
    });
  };
}
