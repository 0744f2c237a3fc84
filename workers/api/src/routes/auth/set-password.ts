import { z } from "@hono/zod-openapi";
import { setPasswordWithLink } from "@kycuong/domain/identity";
import { clientHash } from "../../http/client-ip";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { rateLimit } from "../../middleware/rate-limit";

const SetPassword = z
  .strictObject({
    token: z.string().min(1).max(200).openapi({ description: "The token of a password link (`?token=` of its URL)" }),
    password: z.string().max(500).openapi({ description: "The new password: at least 12 characters, not the email" }),
  })
  .openapi("SetPassword");

/**
 * Per client, in the same buckets as the "forgotten password" form: a
 * token is a 256-bit secret, so this bounds the work (a hash per try), not
 * the odds of a guess.
 */
export const setPasswordPerClient = rateLimit({
  binding: "PASSWORD_RESET_RATE_LIMITER",
  periodSeconds: 60,
  key: async (c) => `set-password:client:${(await clientHash(c)) ?? "unknown"}`,
});

const setPasswordRoute = publicRoute({
  operationId: "setPasswordWithLink",
  method: "post",
  path: "/set-password",
  tag: "Auth",
  summary: "Choose a password with a password link's token (a tenant's account or a platform admin)",
  description:
    'The token of any "set your password" or reset link: one emailed to a tenant\'s account, or the one ' +
    "`npm run platform:admin` prints for a platform admin. The link is spent, the password set, and every " +
    "session and refresh token of the account ends; then log in with `POST /v1/auth/login`. A spent, expired " +
    "or unknown token answers 400 `password_link_invalid`, the same for each.",
  middleware: [setPasswordPerClient],
  request: { body: { content: { "application/json": { schema: SetPassword } }, required: true } },
  responses: {
    204: { description: "The password is set" },
    400: problemContent(
      "The link is spent, expired or unknown (`password_link_invalid`), or the password breaks the rules (`validation_failed`)",
    ),
    403: problemContent("The account's tenant is suspended (`tenant_suspended`)"),
  },
});

export const setPasswordRoutes = createRouter().openapi(setPasswordRoute, async (c) => {
  const { token, password } = c.req.valid("json");
  await setPasswordWithLink(domainContext(c, { type: "public" }), token, password);
  return c.body(null, 204);
});
