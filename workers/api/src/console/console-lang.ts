import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../http/app-env";
import type { Lang } from "../pages/i18n";
import { LANG_COOKIE, writeCookie } from "./session-cookie";

/**
 * The console's language: `?lang=en` (or `vi`) chooses it and is
 * remembered in a cookie, so every later page and redirect keeps it
 * without carrying the query along; Vietnamese by default.
 */
export function consoleLang(c: Context<AppEnv>): Lang {
  const asked = c.req.query("lang");
  const slug = c.req.param("slug") ?? "";
  if (asked === "vi" || asked === "en") {
    if (getCookie(c, LANG_COOKIE) !== asked) writeCookie(c, slug, LANG_COOKIE, asked);
    return asked;
  }
  return getCookie(c, LANG_COOKIE) === "en" ? "en" : "vi";
}
