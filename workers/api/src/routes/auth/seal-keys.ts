import { recordSeal } from "../../auth/seal-keys";
import { publicRoute } from "../../http/documented-route";
import { createRouter } from "../../http/router";
import { Jwks } from "./jwks";

const route = publicRoute({
  operationId: "listSealKeys",
  method: "get",
  path: "/.well-known/seal-keys.json",
  tag: "Auth",
  summary: "Public keys that verify violation records' seals (every key ever used stays listed)",
  description:
    "A record's seal is an ES256 signature (base64url r‖s) over the UTF-8 bytes of its printed SHA-256 hash; " +
    "`kid` names the key. See docs/inspections-and-violations.md for checking it offline.",
  responses: {
    200: {
      description: "A JSON Web Key Set",
      content: { "application/json": { schema: Jwks } },
    },
  },
});

export const sealKeyRoutes = createRouter().openapi(route, async (c) => {
  const seal = await recordSeal(c.var.config);
  c.header("Cache-Control", "public, max-age=300");
  return c.json({ keys: seal.publicKeys }, 200);
});
