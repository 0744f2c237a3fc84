import type { Context } from "hono";
import type { AppEnv } from "./app-env";
import { formBody } from "./form-body";

/** Every file of a multipart field (browsers send one part per file under the same name). */
export async function uploadedFiles(
  c: Context<AppEnv>,
  field = "files",
): Promise<{ name: string; bytes: ArrayBuffer }[]> {
  const body = await formBody(c, { all: true });
  const value = body[field];
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const files = parts.filter(
    (part): part is File => typeof part === "object" && part !== null && "arrayBuffer" in part,
  );
  // A form submitted with no file chosen still sends one empty, nameless part.
  const chosen = files.filter((file) => file.size > 0 || file.name !== "");
  return Promise.all(chosen.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
}
