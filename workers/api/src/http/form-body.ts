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
  if (/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) {
    // The parser would turn bytes that are not UTF-8 ("%FF", a surrogate's "%ED%A0%80") into
    // U+FFFD and a broken escape ("%ZZ") into itself, so a field would store text nobody
    // sent. Browsers never send those: the form is malformed.
    if (!isUtf8FormEncoding(await c.req.text())) {
      throw new HTTPException(400, { message: "The form is not percent-encoded UTF-8" });
    }
  }
  try {
    return await c.req.parseBody(options);
  } catch (error) {
    throw new HTTPException(400, { message: "The body is not a readable form", cause: error });
  }
}

/** Every name and value of an URL-encoded body decodes as UTF-8 (decodeURIComponent throws otherwise). */
function isUtf8FormEncoding(body: string): boolean {
  try {
    for (const pair of body.split("&")) decodeURIComponent(pair.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}
