import { auditLog, inTenant } from "@kycuong/db";
import { desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { Id } from "../input/ids";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";

export const AuditListQuery = z.object({
  /** The entity type, as written by the verbs: "unit", "user", "tenant", … */
  entity: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  id: Id.optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

/** One audit row as the API shows it; `changes` is `{ field: [before, after] }`. */
export const AuditRecord = z
  .object({
    id: z.string(),
    actorType: z.enum(["user", "system", "public"]),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    changes: z
      .record(z.string(), z.tuple([z.unknown(), z.unknown()]).meta({ items: {}, minItems: 2, maxItems: 2 }))
      .nullable(),
    requestId: z.string(),
    at: z.string(),
  })
  .meta({ id: "AuditRecord" });
export type AuditRecord = z.infer<typeof AuditRecord>;

/**
 * The tenant's audit log, newest first. Ids are UUIDv7, so descending id is
 * descending time, and the cursor (the last id of a page) means "older than this".
 */
export async function listAudit(ctx: TenantContext, query: AuditListQuery & PageQuery): Promise<Page<AuditRecord>> {
  assertCan(ctx, "audit:read");
  const before = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(
      inTenant(
        auditLog,
        ctx.tenant.id,
        query.entity ? eq(auditLog.entityType, query.entity) : undefined,
        query.id ? eq(auditLog.entityId, query.id) : undefined,
        before ? lt(auditLog.id, before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return {
    items: page.items.map(({ tenantId: _tenantId, ...record }) => record),
    nextCursor: page.nextCursor,
  };
}
