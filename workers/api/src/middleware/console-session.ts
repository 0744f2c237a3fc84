import { DomainError } from "@kycuong/domain/errors";
import { constantTimeEqual, loadConsoleSession } from "@kycuong/domain/identity";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { FORM_COOKIE, readCookie, SESSION_COOKIE } from "../console/session-cookie";
import type { AppEnv } from "../http/app-env";
import { domainContext } from "../http/domain-context";
import { actorOf } from "./authenticate";

/** The sign-in page, coming back to `next` afterwards. */
export function signInLocation(
  slug: string,
  next?: string,
  /** The line the sign-in page shows above its form (see its `reason` query). */
  reason?: "ended" | "signed_out" | "password_set",
): string {
  const query = new URLSearchParams();
  if (next) query.set("next", next);
  if (reason) query.set("reason", reason);
  const text = query.toString();
  return `/t/${slug}/login${text ? `?${text}` : ""}`;
}

/**
 * Guards a console page: without a live session of this tenant, a 303 to
 * the sign-in page with `next` set to where the user was going (so a link
 * from an email opens its item after sign-in). With one, the session's
 * user is the request's actor and its tenant the request's tenant. A form
 * post must then carry the session's CSRF token (`_csrf`), else 403 and
 * nothing changes; the form body is read once here and cached by Hono.
 */
export function consoleSession() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const slug = c.req.param("slug") ?? "";
    c.set("tenantSlug", slug);
    const token = readCookie(c, SESSION_COOKIE);
    const session = token ? await loadConsoleSession(domainContext(c, { type: "public" }), slug, token) : null;
    if (!session) {
      const url = new URL(c.req.url);
      const going = c.req.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
      return c.redirect(signInLocation(slug, going, token ? "ended" : undefined), 303);
    }
    c.set("consoleSession", session);
    c.set("tenant", session.tenant);
    c.set("actor", actorOf(session.account));
    if (c.req.method !== "GET" && c.req.method !== "HEAD") await assertFormToken(c, session.csrfToken);
    await next();
  });
}

/**
 * A signed-out form's CSRF check (sign in, forgotten password, new
 * password): the posted token must equal the random value the form's page
 * put in a cookie (double submit). A cross-site page can neither read the
 * cookie nor set it, so it cannot forge the pair.
 */
export function signedOutFormToken() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      await assertFormToken(c, readCookie(c, FORM_COOKIE) ?? "");
    }
    await next();
  });
}

async function assertFormToken(c: Context<AppEnv>, expected: string): Promise<void> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const sent = (body as Record<string, unknown>)._csrf;
  const sameOrigin = originMatches(c);
  if (!expected || typeof sent !== "string" || !sameOrigin || !constantTimeEqual(sent, expected)) {
    throw new DomainError(
      "csrf_token_invalid",
      "Biểu mẫu không hợp lệ hoặc đã cũ; không có gì thay đổi · The form is invalid or out of date; nothing changed",
    );
  }
}

/**
 * A browser's Origin header, when it names a site, must name this one: a
 * second line behind the token. (Absent or "null" — privacy modes send
 * that — leaves the decision to the token.)
 */
function originMatches(c: Context<AppEnv>): boolean {
  const origin = c.req.header("Origin");
  if (!origin || origin === "null") return true;
  return origin === new URL(c.req.url).origin;
}
