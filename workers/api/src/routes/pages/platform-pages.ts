import { z } from "@hono/zod-openapi";
import { anyPasswordLinkIsUsable, setPasswordWithLink } from "@kycuong/domain/identity";
import type { Context } from "hono";
import { consolePage, pageFrame } from "../../console/console-page";
import { saveNewPassword } from "../../console/new-password-form";
import { PLATFORM_PAGE_PATH } from "../../console/session-cookie";
import type { AppEnv } from "../../http/app-env";
import { htmlResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { createRouter } from "../../http/router";
import { signedOutFormToken, signInLocation } from "../../middleware/console-session";
import type { ConsoleFrame } from "../../pages/console/console-layout";
import { ct } from "../../pages/console/console-text";
import { ResetPasswordPage } from "../../pages/console/sign-in-pages";
import { setPasswordPerClient } from "../auth/set-password";
import { consoleErrors } from "../console/console-errors";
import { formToken } from "../console/sign-in";

/** The console's frame without a tenant: the platform's name where a district's would be. */
function platformFrame(c: Context<AppEnv>): ConsoleFrame {
  return { ...pageFrame(c), slug: "", tenantName: ct(pageFrame(c).lang, "platformName") };
}

const showForm = publicRoute({
  operationId: "showSetPassword",
  middleware: [consoleErrors()],
  method: "get",
  path: PLATFORM_PAGE_PATH,
  tag: "Console",
  summary: "Choose a password with any password link: the page `npm run platform:admin` prints",
  description:
    "The console's reset page without a tenant: it takes a link of any scope, a platform admin's above all " +
    "(platform admins have no console). A spent, expired or unknown token shows a page saying so.",
  request: {
    query: z.object({
      token: z.string().max(200).optional(),
      done: z.literal("1").optional(),
      lang: z.enum(["vi", "en"]).optional(),
    }),
  },
  responses: {
    200: htmlResponse("The form, a page saying the link is spent or expired, or that the password is saved"),
  },
});

const save = publicRoute({
  operationId: "setPasswordByForm",
  method: "post",
  path: PLATFORM_PAGE_PATH,
  tag: "Console",
  summary: "Save the password (form post): the same verb as POST /v1/auth/set-password",
  description:
    "Form fields `token`, `newPassword`, `confirm` and the page's `_csrf`. Rate limited per client like " +
    "`POST /v1/auth/set-password`, in the same buckets.",
  middleware: [consoleErrors(), signedOutFormToken(), setPasswordPerClient],
  responses: {
    303: { description: "Saved: a tenant's account to its sign-in page, a platform admin to this page's notice" },
    400: htmlResponse("The passwords differ or break the rules, or the link is spent or expired"),
    403: htmlResponse("The form came without its CSRF token, or the account's tenant is suspended"),
    429: htmlResponse("Too many tries from this client"),
  },
});

/** The platform's own signed-out page: the console's reset page and verb, for a link of any scope. */
export const platformPages = createRouter()
  .openapi(showForm, async (c) => {
    const query = c.req.valid("query");
    const token = query.token ?? "";
    const frame = platformFrame(c);
    const usable = token !== "" && (await anyPasswordLinkIsUsable(domainContext(c, { type: "public" }), token));
    const page = ResetPasswordPage({
      frame,
      formToken: formToken(c, null),
      errors: {},
      token,
      usable,
      action: PLATFORM_PAGE_PATH,
      restartHref: null,
      notice: query.done ? ct(frame.lang, "platformPasswordSet") : undefined,
    });
    // The link's secret is in this page's URL: Referrer-Policy same-origin (console headers) keeps it here.
    return consolePage(c, page);
  })
  .openapi(save, (c) =>
    saveNewPassword(
      c,
      { frame: platformFrame(c), formToken: formToken(c, null), action: PLATFORM_PAGE_PATH, restartHref: null },
      async (token, password) => {
        const { tenantSlug } = await setPasswordWithLink(domainContext(c, { type: "public" }), token, password);
        return tenantSlug === null
          ? `${PLATFORM_PAGE_PATH}?done=1`
          : signInLocation(tenantSlug, undefined, "password_set");
      },
    ),
  );
