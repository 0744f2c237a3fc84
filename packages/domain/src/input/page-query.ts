import { z } from "zod";

/** Every list pages the same way: at most 100 per page, 50 by default. */
export const pageLimits = { defaultSize: 50, maxSize: 100, cursorMax: 200 } as const;

/** `?limit=&cursor=` for every list; the cursor is the previous page's opaque `nextCursor`. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(pageLimits.maxSize).default(pageLimits.defaultSize),
  cursor: z.string().max(pageLimits.cursorMax).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;
