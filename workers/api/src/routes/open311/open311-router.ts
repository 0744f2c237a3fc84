import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { TenantContext } from "@kycuong/domain/context";
import { open311Langs } from "@kycuong/domain/open311";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../../http/app-env";
import { domainContext } from "../../http/domain-context";
import { handleError } from "../../http/error-handler";
import type { Problem } from "../../http/problem";
import { toFieldErrors } from "../../http/validation-errors";

/**
 * GeoReport v2 clients expect errors as `[{ code, description }]`, so these
 * routes, and only these, answer errors that way instead of problem+json.
 * The app's own mapping still decides the status and the wording: its
 * problem document is simply rewritten.
 */
export const Open311Errors = z
  .array(
    z.object({
      code: z.int().openapi({ description: "The HTTP status", example: 404 }),
      description: z.string().openapi({ example: "Không tìm thấy đơn vị · No tenant has this slug" }),
    }),
  )
  .openapi("Open311Errors");

export function open311ErrorContent(description: string) {
  return { description, content: { "application/json": { schema: Open311Errors } } } as const;
}

export function open311Errors(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  descriptions: string[],
  headers: Record<string, string> = {},
): Response {
  return c.json(
    descriptions.map((description) => ({ code: status, description })),
    status,
    headers,
  );
}

/** Where GeoReport v2 says otherwise than the app: an unknown service_code is "not found" there. */
const statusByCode: Record<string, ContentfulStatusCode> = { unknown_category: 404 };
/** Headers of the problem answer a client still needs. */
const keptHeaders = ["Retry-After", "Allow"];

async function toOpen311Error(error: Error, c: Context<AppEnv>): Promise<Response> {
  const problem = handleError(error, c);
  const body = await problem.json<Problem>();
  const headers: Record<string, string> = {};
  for (const name of keptHeaders) {
    const value = problem.headers.get(name);
    if (value) headers[name] = value;
  }
  // A validation failure lists each field; any other error is its one sentence.
  const descriptions =
    body.code === "validation_failed" && body.errors?.length
      ? body.errors.map((e) => `${e.path}: ${e.message}`)
      : [body.detail];
  return open311Errors(c, statusByCode[body.code] ?? (body.status as ContentfulStatusCode), descriptions, headers);
}

/** A route group under /open311/: the Open311 error shape for validation failures and everything thrown. */
export function createOpen311Router() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      // `body.jurisdiction_id` → `jurisdiction_id`: Open311 clients know fields, not request parts.
      const errors = toFieldErrors(result.target, result.error.issues);
      return open311Errors(
        c,
        400,
        errors.map((e) => `${e.path.replace(/^[a-z]+\./, "")}: ${e.message}`),
      );
    },
  });
  router.onError(toOpen311Error);
  return router;
}

export const JurisdictionId = z.string().trim().min(1).max(100).openapi({
  description: "The tenant's slug (one jurisdiction per district); required, since this endpoint serves many",
  example: "binh-son",
});

export const Lang = z
  .enum(open311Langs)
  .default("vi")
  .openapi({ description: "Names and notes in Vietnamese (default) or English" });

export const JurisdictionQuery = z.object({ jurisdiction_id: JurisdictionId, lang: Lang });

/** The jurisdiction as a tenant context: 404 when unknown, 403 when suspended. */
export async function jurisdictionContext(c: Context<AppEnv>, slug: string): Promise<TenantContext> {
  c.set("tenantSlug", slug);
  const ctx = domainContext(c, { type: "public" });
  return { ...ctx, tenant: await resolveTenant(ctx, slug) };
}

export const tag = "Open311";
