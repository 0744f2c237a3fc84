import { isDatabaseBusy, isDatabaseUnavailable } from "@kycuong/db";
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
      ...(error.hints.extensions ? { extensions: error.hints.extensions } : {}),
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
      detail: `Máy chủ bị cấu hình sai: ${error.message} · The server is misconfigured: ${error.message}`,
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
  const fault = databaseFault(error);
  if (fault) {
    logError(c, fault.code, error);
    return problemResponse(c, {
      code: fault.code,
      detail: fault.detail,
      headers: { "Retry-After": String(fault.retryAfterSeconds) },
    });
  }
  logError(c, "unhandled", error);
  return problemResponse(c, {
    code: "internal_error",
    detail: "Đã có lỗi xảy ra; hãy thử lại sau · Something went wrong; please try again later",
  });
}

export interface DatabaseFault {
  code: "database_busy" | "database_unavailable";
  detail: string;
  retryAfterSeconds: number;
}

/**
 * A database that stayed busy or could not be reached: a 503 with
 * Retry-After for the API, and the same status as a page for people
 * (console-errors.ts, page-errors.ts). Never a 500: it is not our bug, and
 * trying again later is the right thing to do.
 */
export function databaseFault(error: unknown): DatabaseFault | null {
  if (isDatabaseBusy(error)) {
    // The client's busy retry spent its time budget (busy-retry.ts); a busy
    // statement or batch keeps nothing, so trying again later is safe.
    return {
      code: "database_busy",
      detail: "Hệ thống đang bận; chưa ghi gì, hãy thử lại · The system is busy; nothing was written, try again",
      retryAfterSeconds: 1,
    };
  }
  if (isDatabaseUnavailable(error)) {
    // The connection failed or the database answered 5xx (database-unavailable.ts). A batch is one
    // transaction: whatever the request meant to write is all there or not at all.
    return {
      code: "database_unavailable",
      detail:
        "Tạm thời không liên lạc được với cơ sở dữ liệu; hãy thử lại sau ít phút · The database cannot be reached right now; try again in a moment",
      retryAfterSeconds: 5,
    };
  }
  return null;
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
