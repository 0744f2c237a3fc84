import { z } from "@hono/zod-openapi";
import { type Account, login, logout, refreshSession } from "@kycuong/domain/identity";
import { SLUG_PATTERN } from "@kycuong/domain/input";
import type { Context } from "hono";
import { ACCESS_TOKEN_SECONDS, signAccessToken } from "../../auth/access-token";
import { signingKeys } from "../../auth/signing-keys";
import type { AppEnv } from "../../http/app-env";
import { clientHash } from "../../http/client-ip";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";

export const TokenPair = z
  .object({
    access_token: z.string(),
    token_type: z.literal("Bearer"),
    expires_in: z.int(),
    refresh_token: z.string(),
  })
  .openapi("TokenPair");

const Login = z
  .strictObject({
    tenant: z
      .string()
      .regex(SLUG_PATTERN)
      .optional()
      .openapi({ description: "The tenant's slug; omit for platform admins", example: "binh-son" }),
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .openapi("Login");

const RefreshToken = z.strictObject({ refresh_token: z.string().min(20).max(200) }).openapi("RefreshToken");

const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } }, required: true });

const loginRoute = publicRoute({
  operationId: "logIn",
  method: "post",
  path: "/login",
  tag: "Auth",
  summary: "Log in with email and password",
  description:
    "Failures answer the same whether or not the email exists. A client that keeps failing on one account, or over many, must wait longer and longer (429 `login_throttled` with Retry-After); an account is never locked, and a client that has not failed is never refused.",
  request: { body: json(Login) },
  responses: {
    200: { description: "Tokens", content: { "application/json": { schema: TokenPair } } },
    400: problemContent("Malformed request"),
    401: problemContent("Wrong email or password (`invalid_credentials`)"),
    403: problemContent("The tenant is suspended (`tenant_suspended`)"),
    429: problemContent("Too many failures (`login_throttled`)"),
  },
});

const refreshRoute = publicRoute({
  operationId: "refreshSession",
  method: "post",
  path: "/refresh",
  tag: "Auth",
  summary: "Exchange a refresh token for new tokens (single use, rotated)",
  description: "Presenting a refresh token twice revokes its whole session (`refresh_token_reused`).",
  request: { body: json(RefreshToken) },
  responses: {
    200: { description: "New tokens", content: { "application/json": { schema: TokenPair } } },
    400: problemContent("Malformed request"),
    401: problemContent("Invalid, expired or reused refresh token"),
  },
});

const logoutRoute = publicRoute({
  operationId: "logOut",
  method: "post",
  path: "/logout",
  tag: "Auth",
  summary: "End the session: revokes every refresh token of its family",
  request: { body: json(RefreshToken) },
  responses: { 204: { description: "Logged out (also when already logged out)" }, 400: problemContent("Malformed") },
});

/** The answer of a login or a refresh: an access token of the session, and its next refresh token. */
async function tokenPair(
  c: Context<AppEnv>,
  { account, refreshToken, sessionId }: { account: Account; refreshToken: string; sessionId: string },
) {
  const keys = await signingKeys(c.var.config.JWT_SIGNING_KEY, c.var.config.JWT_PUBLIC_KEYS);
  c.header("Cache-Control", "no-store");
  return {
    access_token: await signAccessToken(keys, account, sessionId, new Date()),
    token_type: "Bearer" as const,
    expires_in: ACCESS_TOKEN_SECONDS,
    refresh_token: refreshToken,
  };
}

export const sessionRoutes = createRouter()
  .openapi(loginRoute, async (c) => {
    const input = c.req.valid("json");
    if (input.tenant) c.set("tenantSlug", input.tenant);
    const session = await login(domainContext(c, { type: "public" }), { ...input, client: await clientHash(c) });
    return c.json(await tokenPair(c, session), 200);
  })
  .openapi(refreshRoute, async (c) => {
    const { refresh_token } = c.req.valid("json");
    const session = await refreshSession(domainContext(c, { type: "public" }), refresh_token);
    return c.json(await tokenPair(c, session), 200);
  })
  .openapi(logoutRoute, async (c) => {
    const { refresh_token } = c.req.valid("json");
    await logout(domainContext(c, { type: "public" }), refresh_token);
    return c.body(null, 204);
  });
