import { z } from "@hono/zod-openapi";
import { DomainError } from "@kycuong/domain/errors";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../http/app-env";
import { langOf } from "../../pages/i18n";
import { UnavailablePage } from "../../pages/unavailable-page";

const htmlPage = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });

/** What `pageErrors` answers, for the page routes' documentation. */
export const unavailablePageResponses = {
  403: htmlPage("The tenant is suspended: a page saying so"),
  404: htmlPage("No such tenant: a page saying so"),
} as const;

/**
 * Pages answer people, not programs: an unknown or suspended tenant gets a
 * small HTML page (with the status the API would give) instead of the
 * problem document the app's error handler made. Anything else is left as is.
 */
export function pageErrors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const error = c.error;
    if (!(error instanceof DomainError)) return;
    if (error.code !== "tenant_not_found" && error.code !== "tenant_suspended") return;
    const page = UnavailablePage({ lang: langOf(c.req.query("lang")), reason: error.code, path: c.req.path });
    c.res = c.html(`<!DOCTYPE html>${page}`, error.code === "tenant_not_found" ? 404 : 403, {
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      "Cache-Control": "no-store",
    });
  };
}
