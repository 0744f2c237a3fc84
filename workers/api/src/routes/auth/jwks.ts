import { z } from "@hono/zod-openapi";
import { signingKeys } from "../../auth/signing-keys";
import { publicRoute } from "../../http/documented-route";
import { createRouter } from "../../http/router";

/** A JSON Web Key Set: each key as `jose` exports it, with its `kid`. */
export const Jwks = z.object({ keys: z.array(z.looseObject({ kid: z.string() })) });

const route = publicRoute({
  operationId: "listSigningKeys",
  method: "get",
  path: "/.well-known/jwks.json",
  tag: "Auth",
  summary: "Public keys that verify access tokens (several during a key rotation)",
  responses: {
    200: {
      description: "A JSON Web Key Set",
      content: { "application/json": { schema: Jwks } },
    },
  },
});

export const jwksRoutes = createRouter().openapi(route, async (c) => {
  const keys = await signingKeys(c.var.config.JWT_SIGNING_KEY, c.var.config.JWT_PUBLIC_KEYS);
  c.header("Cache-Control", "public, max-age=300");
  return c.json({ keys: keys.jwks.keys.map((key) => ({ ...key, kid: String(key.kid) })) }, 200);
});
