import { z } from "@hono/zod-openapi";

export const SlugParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/)
  .openapi({ param: { name: "slug", in: "path" }, example: "binh-son" });

export const IdParam = z.uuid().openapi({ param: { name: "id", in: "path" } });

export const TenantParams = z.object({ slug: SlugParam });
export const TenantItemParams = z.object({ slug: SlugParam, id: IdParam });

/** `?limit=` (1–100, default 50) and the opaque `?cursor=` of the previous page's `nextCursor`. */
export const PageParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ example: 50 }),
  cursor: z.string().max(200).optional(),
});

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
