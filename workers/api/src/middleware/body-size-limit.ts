import { bodyLimit } from "hono/body-limit";
import { problemResponse } from "../http/problem";

/**
 * Refuses request bodies over `maxBytes` with a 413 problem, before anything
 * reads or stores them (checked on Content-Length, and while streaming when
 * the client sends none).
 */
export function bodySizeLimit(options: { maxBytes: number }) {
  return bodyLimit({
    maxSize: options.maxBytes,
    onError: (c) =>
      problemResponse(c, {
        code: "payload_too_large",
        detail: `Nội dung vượt quá ${options.maxBytes} byte · The request body exceeds ${options.maxBytes} bytes`,
      }),
  });
}
