import { z } from "@hono/zod-openapi";
import { pageLimits, SLUG_PATTERN } from "@kycuong/domain/input";

// The domain's input rules, restated with `.openapi()` metadata (domain
// schemas are built before @hono/zod-openapi extends zod): same pattern, same bounds.
export const SlugParam = z
  .string()
  .regex(SLUG_PATTERN)
  .openapi({ param: { name: "slug", in: "path" }, example: "binh-son" });

export const IdParam = z.uuid().openapi({ param: { name: "id", in: "path" } });

export const TenantParams = z.object({ slug: SlugParam });
export const TenantItemParams = z.object({ slug: SlugParam, id: IdParam });

/** `?limit=` (1–100, default 50) and the opaque `?cursor=` of the previous page's `nextCursor`. */
export const PageParams = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(pageLimits.maxSize)
    .default(pageLimits.defaultSize)
    .openapi({ example: pageLimits.defaultSize }),
  cursor: z.string().max(pageLimits.cursorMax).optional(),
});

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true } as const;
}

// The `description` of these response helpers is documentation only: the
// deployed bundle empties it (scripts/lib/api-docs-left-out.mjs lists them).

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}

/** A page's answer (HTML). */
export function htmlResponse(description: string) {
  return { description, content: { "text/html": { schema: z.string() } } } as const;
}
