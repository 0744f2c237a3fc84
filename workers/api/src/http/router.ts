import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { problemResponse } from "./problem";
import { toFieldErrors } from "./validation-errors";

/**
 * A route group. Every group shares the validation hook, so a request that
 * fails its schema always gets the same 400 problem, whichever file it hit.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      return problemResponse(c, {
        code: "validation_failed",
        detail: "Dữ liệu gửi lên không hợp lệ · The request did not pass validation",
        errors: toFieldErrors(result.target, result.error.issues),
      });
    },
  });
}
