import { z } from "@hono/zod-openapi";
import type { TenantContext } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import {
  endConsoleSession,
  newSecretToken,
  passwordLinkIsUsable,
  requestPasswordReset,
  resetPassword,
  signInToConsole,
} from "@kycuong/domain/identity";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import { consolePage, pageFrame, seeOther } from "../../console/console-page";
import { saveNewPassword } from "../../console/new-password-form";
import { linkBase, sendSingleEmailsNow } from "../../console/send-now";
import { clearCookie, FORM_COOKIE, readCookie, SESSION_COOKIE, writeCookie } from "../../console/session-cookie";
import type { AppEnv } from "../../http/app-env";
import { clientHash } from "../../http/client-ip";
import { htmlResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { formBody } from "../../http/form-body";
import { createRouter } from "../../http/router";
import { consoleSession, signedOutFormToken, signInLocation } from "../../middleware/console-session";
import { rateLimit } from "../../middleware/rate-limit";
import { ct } from "../../pages/console/console-text";
import { ForgotPasswordPage, ResetPasswordPage, SignInPage } from "../../pages/console/sign-in-pages";
import type { FormErrors } from "../../pages/hotline/form-errors";
import { textFields } from "../../pages/hotline/form-values";
import { TenantSlug } from "../public/tenants";
import { consoleErrors } from "./console-errors";

const params = z.object({ slug: TenantSlug });
const redirect = (description: string) => ({ description });

/** Where a sign-in may send the user on: only a console page of the same tenant (never another site). */
export function safeNext(slug: string, next: string | undefined): string | undefined {
  if (!next) return undefined;
  const prefix = `/t/${slug}/app`;
  if (next !== prefix && !next.startsWith(`${prefix}/`) && !next.startsWith(`${prefix}?`)) return undefined;
  if (/[\\\s]|\/\/|%2f|%5c/i.test(next.slice(prefix.length))) return undefined;
  return next;
}

/** The random value a signed-out form echoes (double-submit CSRF), made once per browser (`slug` null: the platform's page). */
export function formToken(c: Context<AppEnv>, slug: string | null): string {
  const existing = readCookie(c, FORM_COOKIE);
  if (existing) return existing;
  const token = newSecretToken();
  writeCookie(c, slug, FORM_COOKIE, token);
  return token;
}

async function pageContext(c: Context<AppEnv>, slug: string): Promise<TenantContext> {
  c.set("tenantSlug", slug);
  const ctx = domainContext(c, { type: "public" });
  const tenant = await resolveTenant(ctx, slug);
  c.set("tenant", tenant);
  return { ...ctx, tenant };
}

const PERIOD_SECONDS = 60;
/** "Forgotten password" asks per (tenant, email): nobody's inbox can be flooded with links. */
const resetPerEmail = rateLimit({
  binding: "PASSWORD_RESET_RATE_LIMITER",
  periodSeconds: PERIOD_SECONDS,
  key: async (c) =>
    `reset:${c.req.param("slug")}:email:${(textFields(await formBody(c)).email ?? "").trim().toLowerCase()}`,
});
/** … and per (tenant, client): one machine cannot walk a list of addresses. */
const resetPerClient = rateLimit({
  binding: "PASSWORD_RESET_RATE_LIMITER",
  periodSeconds: PERIOD_SECONDS,
  key: async (c) => `reset:${c.req.param("slug")}:client:${(await clientHash(c)) ?? "unknown"}`,
});

const signInForm = publicRoute({
  operationId: "showConsoleSignIn",
  middleware: [consoleErrors()],
  method: "get",
  path: "/login",
  tag: "Console",
  summary: "The console's sign-in page",
  request: {
    params,
    query: z.object({
      next: z.string().max(2000).optional(),
      reason: z.enum(["ended", "signed_out", "password_set"]).optional(),
      lang: z.enum(["vi", "en"]).optional(),
    }),
  },
  responses: { 200: htmlResponse("The sign-in form"), 404: htmlResponse("No such tenant") },
});

const signIn = publicRoute({
  operationId: "signInToConsole",
  method: "post",
  path: "/login",
  tag: "Console",
  summary: "Sign in (form post): the same accounts, throttle and audit as POST /v1/auth/login",
  middleware: [consoleErrors(), signedOutFormToken()],
  request: { params },
  responses: {
    303: redirect("Signed in: the session cookie is set; to `next` or the console's home"),
    401: htmlResponse("Wrong email or password: the form again, saying so"),
    403: htmlResponse("The form came without its CSRF token, or the tenant is suspended"),
    429: htmlResponse("Too many failed sign-ins: the form again, saying when to retry"),
  },
});

const signOut = publicRoute({
  operationId: "signOutOfConsole",
  method: "post",
  path: "/logout",
  tag: "Console",
  summary: "Sign out (form post with the session's CSRF token): the session ends now",
  middleware: [consoleErrors(), consoleSession()],
  request: { params },
  responses: { 303: redirect("To the sign-in page"), 403: htmlResponse("The form came without its CSRF token") },
});

const forgotForm = publicRoute({
  operationId: "showForgotPassword",
  middleware: [consoleErrors()],
  method: "get",
  path: "/forgot-password",
  tag: "Console",
  summary: "Ask for a password reset link",
  request: { params, query: z.object({ lang: z.enum(["vi", "en"]).optional() }) },
  responses: { 200: htmlResponse("The form"), 404: htmlResponse("No such tenant") },
});

const forgot = publicRoute({
  operationId: "requestPasswordReset",
  method: "post",
  path: "/forgot-password",
  tag: "Console",
  summary: "Send a reset link if the email is an account here; the answer is the same either way",
  middleware: [consoleErrors(), signedOutFormToken(), resetPerClient, resetPerEmail],
  request: { params },
  responses: {
    200: htmlResponse("The same page whether or not the email exists"),
    403: htmlResponse("The form came without its CSRF token"),
    429: htmlResponse("Too many requests"),
  },
});

const resetForm = publicRoute({
  operationId: "showResetPassword",
  middleware: [consoleErrors()],
  method: "get",
  path: "/reset-password",
  tag: "Console",
  summary: "Choose a new password with a link from an email",
  request: {
    params,
    query: z.object({ token: z.string().max(200).optional(), lang: z.enum(["vi", "en"]).optional() }),
  },
  responses: {
    200: htmlResponse("The form, or a page saying the link is spent or expired"),
    404: htmlResponse("No such tenant"),
  },
});

const reset = publicRoute({
  operationId: "resetPassword",
  method: "post",
  path: "/reset-password",
  tag: "Console",
  summary: "Set the new password: the link is spent and every session of the user ends",
  middleware: [consoleErrors(), signedOutFormToken()],
  request: { params },
  responses: {
    303: redirect("Saved: to the sign-in page"),
    400: htmlResponse("The passwords differ or break the rules, or the link is spent or expired"),
    403: htmlResponse("The form came without its CSRF token"),
  },
});

export const signInRoutes = createRouter()
  .openapi(signInForm, async (c) => {
    const { slug } = c.req.valid("param");
    const query = c.req.valid("query");
    await pageContext(c, slug);
    const frame = pageFrame(c);
    const { lang } = frame;
    const notice =
      query.reason === "ended"
        ? ct(lang, "sessionEnded")
        : query.reason === "signed_out"
          ? ct(lang, "signedOut")
          : query.reason === "password_set"
            ? ct(lang, "resetDone")
            : undefined;
    const page = SignInPage({
      frame,
      formToken: formToken(c, slug),
      errors: {},
      notice,
      email: "",
      next: safeNext(slug, query.next),
    });
    return consolePage(c, page);
  })
  .openapi(signIn, async (c) => {
    const { slug } = c.req.valid("param");
    const ctx = await pageContext(c, slug);
    const frame = pageFrame(c);
    const { lang } = frame;
    const form = textFields(await formBody(c));
    const email = (form.email ?? "").trim();
    const password = form.password ?? "";
    const next = safeNext(slug, form.next);
    const again = (errors: FormErrors, status: 400 | 401 | 429) =>
      consolePage(c, SignInPage({ frame, formToken: formToken(c, slug), errors, email, next }), status);
    const missing: FormErrors = {};
    if (!email) missing.email = ct(lang, "emailRequired");
    if (!password) missing.password = ct(lang, "passwordRequired");
    if (Object.keys(missing).length > 0) return again(missing, 400);
    try {
      const { token } = await signInToConsole(ctx, {
        email: email.slice(0, 320),
        password: password.slice(0, 500),
        client: await clientHash(c),
      });
      writeCookie(c, slug, SESSION_COOKIE, token);
      return seeOther(c, next ?? `/t/${slug}/app`);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === "invalid_credentials") return again({ email: ct(lang, "wrongCredentials") }, 401);
      if (error.code === "login_throttled") {
        c.header("Retry-After", String(error.hints.retryAfterSeconds ?? 1));
        return again({ email: ct(lang, "throttled") }, 429);
      }
      throw error;
    }
  })
  .openapi(signOut, async (c) => {
    const { slug } = c.req.valid("param");
    const token = readCookie(c, SESSION_COOKIE);
    if (token) await endConsoleSession({ ...domainContext(c, c.var.actor), tenant: c.var.tenant }, token);
    clearCookie(c, slug, SESSION_COOKIE);
    return seeOther(c, signInLocation(slug, undefined, "signed_out"));
  })
  .openapi(forgotForm, async (c) => {
    const { slug } = c.req.valid("param");
    await pageContext(c, slug);
    const frame = pageFrame(c);
    const page = ForgotPasswordPage({
      frame,
      formToken: formToken(c, slug),
      errors: {},
      email: "",
      sent: false,
    });
    return consolePage(c, page);
  })
  .openapi(forgot, async (c) => {
    const { slug } = c.req.valid("param");
    const ctx = await pageContext(c, slug);
    const frame = pageFrame(c);
    const { lang } = frame;
    const email = (textFields(await formBody(c)).email ?? "").trim();
    const valid = z.email().max(320).safeParse(email).success;
    if (valid) {
      await requestPasswordReset(ctx, email, linkBase(c));
      sendSingleEmailsNow(c, ctx.tenant);
    }
    const page = ForgotPasswordPage({
      frame,
      formToken: formToken(c, slug),
      errors: valid ? {} : { email: ct(lang, "emailRequired") },
      email,
      sent: valid,
    });
    return consolePage(c, page, valid ? 200 : 400);
  })
  .openapi(resetForm, async (c) => {
    const { slug } = c.req.valid("param");
    const token = c.req.valid("query").token ?? "";
    const ctx = await pageContext(c, slug);
    const frame = pageFrame(c);
    const usable = token !== "" && (await passwordLinkIsUsable(ctx, token));
    const page = ResetPasswordPage({
      frame,
      formToken: formToken(c, slug),
      errors: {},
      token,
      usable,
    });
    // The link's secret is in this page's URL: Referrer-Policy same-origin (console headers) keeps it here.
    return consolePage(c, page);
  })
  .openapi(reset, async (c) => {
    const { slug } = c.req.valid("param");
    const ctx = await pageContext(c, slug);
    return saveNewPassword(c, { frame: pageFrame(c), formToken: formToken(c, slug) }, async (token, password) => {
      await resetPassword(ctx, token, password);
      clearCookie(c, slug, SESSION_COOKIE);
      return signInLocation(slug, undefined, "password_set");
    });
  });
