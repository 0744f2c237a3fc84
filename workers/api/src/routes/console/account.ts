import { z } from "@hono/zod-openapi";
import { DomainError } from "@kycuong/domain/errors";
import { changeOwnPassword } from "@kycuong/domain/identity";
import { consoleFrame, consolePage, seeOther } from "../../console/console-page";
import { consoleRoute } from "../../http/console-route";
import { formBody } from "../../http/form-body";
import { createRouter } from "../../http/router";
import { tenantContext } from "../../http/tenant-context";
import { AccountPage } from "../../pages/console/account-page";
import { ct } from "../../pages/console/console-text";
import type { FormErrors } from "../../pages/hotline/form-errors";
import { textFields } from "../../pages/hotline/form-values";
import { oneLanguage } from "../../pages/i18n";
import { TenantSlug } from "../public/tenants";

const params = z.object({ slug: TenantSlug });

const showAccount = consoleRoute({
  operationId: "showConsoleAccount",
  method: "get",
  path: "/account",
  summary: "The signed-in user's account and the form to change their password",
  request: { params, query: z.object({ changed: z.literal("1").optional(), lang: z.enum(["vi", "en"]).optional() }) },
});

const changePassword = consoleRoute({
  operationId: "changeOwnPassword",
  method: "post",
  path: "/account/password",
  summary: "Change one's own password, giving the current one; every other session ends",
  request: { params },
  responses: { 303: { description: "Changed: back to the account page" }, 400: { description: "The form again" } },
});

export const accountRoutes = createRouter()
  .openapi(showAccount, async (c) => {
    const page = AccountPage({
      frame: consoleFrame(c),
      errors: {},
      changed: c.req.valid("query").changed === "1",
    });
    return consolePage(c, page);
  })
  .openapi(changePassword, async (c) => {
    const frame = consoleFrame(c);
    const { lang } = frame;
    const form = textFields(await formBody(c));
    const errors: FormErrors = {};
    const currentPassword = form.currentPassword ?? "";
    const newPassword = form.newPassword ?? "";
    if (!currentPassword) errors.currentPassword = ct(lang, "passwordRequired");
    if (newPassword !== (form.confirm ?? "")) errors.confirm = ct(lang, "passwordsDiffer");
    if (Object.keys(errors).length === 0) {
      try {
        await changeOwnPassword(tenantContext(c), { currentPassword, newPassword }, c.var.consoleSession.id);
        return seeOther(c, `/t/${c.var.tenant.slug}/app/account?changed=1`);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== "validation_failed") throw error;
        for (const field of error.fieldErrors) {
          const name = field.path === "password" ? "newPassword" : field.path;
          const message = oneLanguage(lang, field.message);
          errors[name] = errors[name] ? `${errors[name]} ${message}` : message;
        }
      }
    }
    const page = AccountPage({
      frame,
      errors,
      changed: false,
    });
    return consolePage(c, page, 400);
  });
