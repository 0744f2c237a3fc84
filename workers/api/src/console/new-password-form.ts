import { DomainError } from "@kycuong/domain/errors";
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env";
import { formBody } from "../http/form-body";
import type { ConsoleFrame } from "../pages/console/console-layout";
import { ct } from "../pages/console/console-text";
import { ResetPasswordPage } from "../pages/console/sign-in-pages";
import type { FormErrors } from "../pages/hotline/form-errors";
import { textFields } from "../pages/hotline/form-values";
import { oneLanguage } from "../pages/i18n";
import { consolePage, seeOther } from "./console-page";

/** Where the "choose your password" form lives and posts: a tenant's reset page or the platform's. */
export interface NewPasswordPage {
  frame: ConsoleFrame;
  formToken: string;
  action?: string;
  restartHref?: string | null;
}

/**
 * The "choose your password" form, posted: the two fields must agree, then
 * `spend` uses the link and says where to go (303). A spent or expired link,
 * or a password the policy refuses, shows the page again (400) with why, in
 * the page's language, and nothing is written.
 */
export async function saveNewPassword(
  c: Context<AppEnv>,
  page: NewPasswordPage,
  spend: (token: string, password: string) => Promise<string>,
): Promise<Response> {
  const { lang } = page.frame;
  const form = textFields(await formBody(c));
  const token = (form.token ?? "").slice(0, 200);
  const password = form.newPassword ?? "";
  const again = (errors: FormErrors, usable = true) =>
    consolePage(c, ResetPasswordPage({ ...page, errors, token, usable }), 400);
  if (password !== (form.confirm ?? "")) return again({ confirm: ct(lang, "passwordsDiffer") });
  let location: string;
  try {
    location = await spend(token, password.slice(0, 500));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "password_link_invalid") return again({}, false);
    if (error.code === "validation_failed") {
      const messages = error.fieldErrors.map((e) => oneLanguage(lang, e.message));
      return again({ newPassword: messages.join(" ") || oneLanguage(lang, error.message) });
    }
    throw error;
  }
  return seeOther(c, location);
}
