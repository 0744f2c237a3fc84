import { isDatabaseBusy } from "@kycuong/db";
import { DomainError, isProblemCode, type ProblemCode, problemStatus } from "@kycuong/domain/errors";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { TokenError } from "../auth/access-token";
import { MisconfiguredError } from "../env";
import type { AppEnv } from "./app-env";
import { problemResponse } from "./problem";

/** The app's one error mapping: everything thrown becomes a problem response. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof DomainError) {
    const retryAfter = error.hints.retryAfterSeconds;
    return problemResponse(c, {
      code: error.code,
      detail: error.message,
      ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
      ...(error.status === 401 ? { headers: { "WWW-Authenticate": "Bearer" } } : {}),
      ...(retryAfter !== undefined ? { headers: { "Retry-After": String(retryAfter) } } : {}),
    });
  }
  if (error instanceof TokenError) {
    return problemResponse(c, {
      code: error.code,
      status: 401,
      detail: error.message,
      headers: { "WWW-Authenticate": `Bearer error="invalid_token"` },
    });
  }
  if (error instanceof MisconfiguredError) {
    logError(c, "misconfigured", error);
    return problemResponse(c, {
      code: "misconfigured",
      detail: `Máy chủ bị cấu hình sai · The server is misconfigured. ${error.message}`,
    });
  }
  if (error instanceof HTTPException) {
    // Hono's validators throw these for bodies they cannot even parse.
    const code = httpExceptionCode(error.status);
    if (problemStatus(code) >= 500) logError(c, "http_exception", error);
    return problemResponse(c, {
      code,
      detail:
        code === "malformed_body"
          ? "Không đọc được nội dung gửi lên (JSON sai cú pháp?) · The request body could not be parsed (malformed JSON?)"
          : error.message,
    });
  }
  if (isDatabaseBusy(error)) {
    // The client's busy retry spent its time budget (busy-retry.ts); a busy
    // statement or batch keeps nothing, so trying again later is safe.
    logError(c, "database_busy", error);
    return problemResponse(c, {
      code: "database_busy",
      detail: "Hệ thống đang bận; chưa ghi gì, hãy thử lại · The system is busy; nothing was written, try again",
      headers: { "Retry-After": "1" },
    });
  }
  logError(c, "unhandled", error);
  return problemResponse(c, {
    code: "internal_error",
    detail: "Đã có lỗi xảy ra; hãy thử lại sau · Something went wrong; please try again later",
  });
}

/** 400 is a body Hono could not parse; other statuses keep their `http_<status>` code (a 500 if uncatalogued). */
function httpExceptionCode(status: number): ProblemCode {
  if (status === 400) return "malformed_body";
  const code = `http_${status}`;
  return isProblemCode(code) ? code : "http_500";
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
