import type { Context } from "hono";
import type { FC } from "hono/jsx";
import type { AppEnv } from "../http/app-env";
import type { ConsoleFrame, ConsoleUser, SignedInFrame } from "../pages/console/console-layout";
import { consoleLang } from "./console-lang";

/**
 * Headers of every console page: no script at all, styles inline, forms
 * post only here, never framed (a console page in another site's frame
 * could be clicked into acting), never cached (it shows personal work).
 */
export const consoleHeaders: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; script-src 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cache-Control": "no-store",
};

/** The signed-in user as the frame shows them (after `consoleSession`). */
export function consoleUser(c: Context<AppEnv>): ConsoleUser {
  const session = c.var.consoleSession;
  return {
    displayName: session.account.displayName,
    email: session.account.email,
    roles: session.account.roles,
    csrfToken: session.csrfToken,
  };
}

/**
 * Who and where for this request, once: the language, the tenant (the
 * slug alone when none was loaded, as on an unknown tenant's error page)
 * and the signed-in user, or null where no session was loaded.
 */
export function pageFrame(c: Context<AppEnv>): ConsoleFrame {
  const tenant = c.get("tenant");
  const slug = c.req.param("slug") ?? tenant?.slug ?? "";
  const query = new URL(c.req.url).searchParams;
  query.delete("lang");
  return {
    lang: consoleLang(c),
    slug,
    tenantName: tenant?.name ?? slug,
    timeZone: tenant?.timezone ?? "Asia/Ho_Chi_Minh",
    user: c.get("consoleSession") ? consoleUser(c) : null,
    query: query.toString(),
  };
}

/** The frame of a page behind `consoleSession`: the user is there. */
export function consoleFrame(c: Context<AppEnv>): SignedInFrame {
  return { ...pageFrame(c), user: consoleUser(c) };
}

/** Answers a console page (a rendered component, possibly still being rendered). */
export async function consolePage<S extends 200 | 400 | 401 | 403 | 404 | 409 | 429>(
  c: Context<AppEnv>,
  page: FunctionComponentResult,
  status: S = 200 as S,
) {
  return c.html(`<!DOCTYPE html>${await page}`, status, consoleHeaders);
}

type FunctionComponentResult = ReturnType<FC>;

/** After a form post: see the result at `location` (post, then redirect; a reload never posts twice). */
export function seeOther(c: Context<AppEnv>, location: string) {
  return c.redirect(location, 303);
}
