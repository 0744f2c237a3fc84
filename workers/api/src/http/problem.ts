import { z } from "@hono/zod-openapi";
import {
  type ProblemAlsoStatus,
  type ProblemCode,
  type ProblemExtensions,
  type ProblemStatus,
  problemAnchor,
  problemStatus,
  problemStatusTitles,
} from "@kycuong/domain/errors";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * RFC 9457 problem details: the one shape of every non-2xx answer.
 * `code` is the stable, machine-readable part, one of the domain's problem
 * catalogue, which also gives the status; `title` is bilingual (Vietnamese
 * first); `type` is the absolute address of the code's entry on this API's /docs.
 */
export const Problem = z
  .object({
    type: z.url().openapi({ example: "https://api.example.vn/docs#problem-tenant_not_found" }),
    title: z.string().openapi({ example: "Không tìm thấy · Not found" }),
    status: z.int().openapi({ example: 404 }),
    detail: z.string(),
    code: z.string().openapi({ example: "tenant_not_found" }),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** `decision_form_not_allowed`: the outcomes a decision for this official may take on its date. */
    allowedDecisions: z.array(z.string()).optional(),
  })
  .openapi("Problem");

export type Problem = z.infer<typeof Problem>;

export interface ProblemInput<C extends ProblemCode = ProblemCode> {
  code: C;
  /** Only where the catalogue lets the code answer with a second status. */
  status?: ProblemAlsoStatus<C>;
  detail: string;
  errors?: { path: string; message: string }[];
  extensions?: ProblemExtensions;
  headers?: Record<string, string>;
}

/** Where a code is explained: its anchor on the /docs page of the host the request came to. */
export function problemType(c: Context, code: ProblemCode): string {
  return `${new URL(c.req.url).origin}/docs#${problemAnchor(code)}`;
}

export function problemBody<C extends ProblemCode>(c: Context, input: ProblemInput<C>): Problem {
  const status: ProblemStatus = input.status ?? problemStatus(input.code);
  return {
    type: problemType(c, input.code),
    title: problemStatusTitles[status],
    status,
    detail: input.detail,
    code: input.code,
    requestId: c.get("requestId") ?? "unknown",
    ...(input.errors ? { errors: input.errors } : {}),
    ...input.extensions,
  };
}

/** The problem answer for a catalogue code, with the status the catalogue gives it. */
export function problemResponse<C extends ProblemCode>(c: Context, input: ProblemInput<C>): Response {
  const headers = new Headers(input.headers);
  headers.set("Content-Type", "application/problem+json; charset=utf-8");
  const body = problemBody(c, input);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, Object.fromEntries(headers));
}

/** For `createRoute` responses: the problem media type with its schema. */
export function problemContent(description: string) {
  return { description, content: { "application/problem+json": { schema: Problem } } };
}
