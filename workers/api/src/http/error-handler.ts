import { DomainError, type DomainErrorKind } from "@kycuong/domain/errors";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { TokenError } from "../auth/access-token";
import { MisconfiguredError } from "../env";
import type { AppEnv } from "./app-env";
import { problemResponse } from "./problem";

const statusByKind: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

/** The app's one error mapping: everything thrown becomes a problem response. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof DomainError) {
    const retryAfter = error.hints.retryAfterSeconds;
    return problemResponse(c, {
      status: statusByKind[error.kind],
      code: error.code,
      detail: error.message,
      ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
      ...(error.kind === "unauthenticated" ? { headers: { "WWW-Authenticate": "Bearer" } } : {}),
      ...(retryAfter !== undefined ? { headers: { "Retry-After": String(retryAfter) } } : {}),
    });
  }
  if (error instanceof TokenError) {
    return problemResponse(c, {
      status: 401,
      code: error.code,
      detail: error.message,
      headers: { "WWW-Authenticate": `Bearer error="invalid_token"` },
    });
  }
  if (error instanceof MisconfiguredError) {
    logError(c, "misconfigured", error);
    return problemResponse(c, {
      status: 500,
      code: "misconfigured",
      detail: `Máy chủ bị cấu hình sai · The server is misconfigured. ${error.message}`,
    });
  }
  if (error instanceof HTTPException) {
    // Hono's validators throw these for bodies they cannot even parse.
    const status = error.status as ContentfulStatusCode;
    return problemResponse(c, {
      status,
      code: status === 400 ? "malformed_body" : `http_${status}`,
      detail:
        status === 400
          ? "Không đọc được nội dung gửi lên (JSON sai cú pháp?) · The request body could not be parsed (malformed JSON?)"
          : error.message,
    });
  }
  logError(c, "unhandled", error);
  return problemResponse(c, {
    status: 500,
    code: "internal_error",
    detail: "Đã có lỗi xảy ra; hãy thử lại sau · Something went wrong; please try again later",
  });
}

function logError(c: Context<AppEnv>, kind: string, error: Error): void {
  console.error(
    JSON.stringify({
      level: "error",
      msg: kind,
      error: error.message,
      stack: error.stack,
      requestId: c.get("requestId"),
    }),
  );
}
