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
import { acceptedLanguage, oneLanguage } from "./language";

/**
 * RFC 9457 problem details: the one shape of every non-2xx answer.
 * `code` is the stable, machine-readable part, one of the domain's problem
 * catalogue, which also gives the status; `title`, `detail` and the field
 * errors' messages speak the request's language (`Accept-Language`: English
 * when asked for, Vietnamese otherwise); `type` is the absolute address of
 * the code's entry on this API's /docs.
 */
export const Problem = z
  .object({
    type: z.url().openapi({ example: "https://api.example.vn/docs#problem-tenant_not_found" }),
    title: z.string().openapi({ example: "Không tìm thấy" }),
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

/**
 * The problem's body in the request's language. The texts arrive in both
 * languages ("vi · en", as the domain writes them); the answer keeps one.
 */
export function problemBody<C extends ProblemCode>(c: Context, input: ProblemInput<C>): Problem {
  const status: ProblemStatus = input.status ?? problemStatus(input.code);
  const lang = acceptedLanguage(c.req.header("accept-language"));
  return {
    type: problemType(c, input.code),
    title: oneLanguage(lang, problemStatusTitles[status]),
    status,
    detail: oneLanguage(lang, input.detail),
    code: input.code,
    requestId: c.get("requestId") ?? "unknown",
    ...(input.errors
      ? { errors: input.errors.map((error) => ({ path: error.path, message: oneLanguage(lang, error.message) })) }
      : {}),
    ...input.extensions,
  };
}

/** The problem answer for a catalogue code, with the status the catalogue gives it. */
export function problemResponse<C extends ProblemCode>(c: Context, input: ProblemInput<C>): Response {
  const headers = new Headers(input.headers);
  for (const [name, value] of Object.entries(problemHeaders(c))) headers.set(name, value);
  const body = problemBody(c, input);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, Object.fromEntries(headers));
}

/** The media type and language of a problem answer; it depends on `Accept-Language`, so caches must vary on it. */
export function problemHeaders(c: Context): Record<string, string> {
  return {
    "Content-Type": "application/problem+json; charset=utf-8",
    "Content-Language": acceptedLanguage(c.req.header("accept-language")),
    Vary: "Accept-Language",
  };
}

/** For `createRoute` responses: the problem media type with its schema. */
export function problemContent(description: string) {
  return { description, content: { "application/problem+json": { schema: Problem } } };
}
