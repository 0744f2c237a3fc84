import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * RFC 9457 problem details: the one shape of every non-2xx answer.
 * `code` is the stable, machine-readable part; `title` is bilingual
 * (Vietnamese first); `type` points at the code's entry in /docs.
 */
export const Problem = z
  .object({
    type: z.string().openapi({ example: "/docs#problem-tenant_not_found" }),
    title: z.string().openapi({ example: "Không tìm thấy · Not found" }),
    status: z.int().openapi({ example: 404 }),
    detail: z.string(),
    code: z.string().openapi({ example: "tenant_not_found" }),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export type Problem = z.infer<typeof Problem>;

export interface ProblemInput {
  status: ContentfulStatusCode;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  headers?: Record<string, string>;
}

/** Titles by status: what kind of failure it is, in Vietnamese then English. */
const titles: Record<number, string> = {
  400: "Yêu cầu không hợp lệ · Bad request",
  401: "Chưa xác thực · Unauthenticated",
  403: "Không có quyền · Forbidden",
  404: "Không tìm thấy · Not found",
  405: "Phương thức không được hỗ trợ · Method not allowed",
  409: "Xung đột · Conflict",
  413: "Nội dung quá lớn · Payload too large",
  415: "Định dạng không được hỗ trợ · Unsupported media type",
  422: "Không thể xử lý · Unprocessable content",
  429: "Quá nhiều yêu cầu · Too many requests",
  500: "Lỗi máy chủ · Internal server error",
  503: "Dịch vụ tạm thời không khả dụng · Service unavailable",
};

export function problemTitle(status: number): string {
  return titles[status] ?? (status >= 500 ? titles[500] : titles[400]) ?? "Error";
}

export function problemBody(c: Context, input: ProblemInput): Problem {
  return {
    type: `/docs#problem-${input.code}`,
    title: problemTitle(input.status),
    status: input.status,
    detail: input.detail,
    code: input.code,
    requestId: c.get("requestId") ?? "unknown",
    ...(input.errors ? { errors: input.errors } : {}),
  };
}

export function problemResponse(c: Context, input: ProblemInput): Response {
  const headers = new Headers(input.headers);
  headers.set("Content-Type", "application/problem+json; charset=utf-8");
  return c.body(JSON.stringify(problemBody(c, input)), input.status, Object.fromEntries(headers));
}

/** For `createRoute` responses: the problem media type with its schema. */
export function problemContent(description: string) {
  return { description, content: { "application/problem+json": { schema: Problem } } };
}
