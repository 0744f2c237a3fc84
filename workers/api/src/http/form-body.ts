import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./app-env";

/**
 * A posted form's fields (URL-encoded or multipart), the one way routes read
 * a form. A body that cannot be read as a form (multipart without a boundary,
 * a truncated part) is the client's fault: 400 `malformed_body`, never the
 * 500 that the parser's TypeError would give.
 */
export async function formBody(
  c: Context<AppEnv>,
  options: { all?: boolean } = {},
): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody(options);
  } catch (error) {
    throw new HTTPException(400, { message: "The body is not a readable form", cause: error });
  }
}
