import { OpenAPIHono } from "@hono/zod-openapi";
import { illFormedStrings } from "@kycuong/domain/input";
import type { Context } from "hono";
import type { AppEnv } from "./app-env";
import { problemResponse } from "./problem";
import { type FieldError, toFieldErrors } from "./validation-errors";

/**
 * A route group. Every group shares the validation hook, so a request that
 * fails its schema always gets the same 400 problem, whichever file it hit.
 *
 * A JSON body is also checked as a whole for lone surrogates (`"\ud800"`):
 * JSON can carry them, UTF-8 and the database cannot (libSQL's server refuses
 * the statement, which would be a 500). The text rules catch them in declared
 * fields; this catches them anywhere else (an unknown key, a value a schema
 * takes as it is), so no JSON route can pass one on.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: async (result, c) => {
      const errors = result.success ? [] : toFieldErrors(result.target, result.error.issues);
      if (result.target === "json") errors.push(...(await illFormedBody(c, errors)));
      if (errors.length === 0) return;
      return problemResponse(c, {
        code: "validation_failed",
        detail: "Dữ liệu gửi lên không hợp lệ · The request did not pass validation",
        errors,
      });
    },
  });
}

/** The body's lone surrogates, except where the schema already said so. */
async function illFormedBody(c: Context<AppEnv>, known: FieldError[]): Promise<FieldError[]> {
  // Hono's own test: without a JSON media type the body is never read and `{}` is validated.
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim() ?? "";
  if (!/^application\/([\w.-]+\+)?json$/i.test(mediaType)) return [];
  // Parsed once by the validator already: Hono hands back the same value.
  const body: unknown = await c.req.json();
  const seen = new Set(known.map((error) => error.path));
  return toFieldErrors("json", illFormedStrings(body)).filter((error) => !seen.has(error.path));
}
