import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";
import type { AppEnv } from "../http/app-env";

/** The console session's cookie: the session's secret, scoped to one tenant's pages. */
export const SESSION_COOKIE = "kc_session";
/** A random value a signed-out form (sign in, forgotten password) must echo: its CSRF token. */
export const FORM_COOKIE = "kc_form";
/** The console language the user chose (`?lang=en` once, then every page). */
export const LANG_COOKIE = "kc_lang";
/** The platform's page for choosing a password with any link (a platform admin's above all). */
export const PLATFORM_PAGE_PATH = "/set-password";

/**
 * HttpOnly (no script reads it), SameSite=Lax (a cross-site form post does
 * not carry it), Secure everywhere but the local dev stack (plain http), and
 * Path=/t/{slug}: each tenant's console has its own cookie, so one browser
 * can be signed in to two districts and neither cookie reaches the other.
 * No Max-Age: the browser forgets it when closed; the server ends it anyway.
 * `slug` null: the platform's own signed-out page (`/set-password`), no tenant's.
 */
export function cookieOptions(c: Context<AppEnv>, slug: string | null): CookieOptions {
  return {
    path: slug === null ? PLATFORM_PAGE_PATH : `/t/${slug}`,
    httpOnly: true,
    sameSite: "Lax",
    secure: c.var.config.ENVIRONMENT !== "dev",
  };
}

export function readCookie(c: Context<AppEnv>, name: string): string | undefined {
  const value = getCookie(c, name);
  // A secret is base64url: anything else is not one of ours and is ignored rather than looked up.
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}

export function writeCookie(c: Context<AppEnv>, slug: string | null, name: string, value: string): void {
  setCookie(c, name, value, cookieOptions(c, slug));
}

export function clearCookie(c: Context<AppEnv>, slug: string | null, name: string): void {
  deleteCookie(c, name, cookieOptions(c, slug));
}
