import { inTenant, tenants, tenantTables } from "@kycuong/db";
import { count, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { getTenantBySlug } from "../platform/list-tenants";
import { type AttachmentStore, tenantObjectPrefix } from "../reports/attachments/attachment-store";

/** The slug typed again: a deletion names the tenant twice, so one slip cannot remove a district. */
export const DeleteTenant = z.strictObject({
  confirmSlug: z.string().max(100).meta({ description: "The tenant's slug, typed again" }),
});
export type DeleteTenant = z.infer<typeof DeleteTenant>;

export const DeletedTenant = z
  .object({
    id: z.string(),
    slug: z.string(),
    /** Rows removed per table (SQL names), the tenant's own row under `tenants`. */
    deletedRows: z.record(z.string(), z.number().int()),
    deletedObjects: z.number().int(),
  })
  .meta({ id: "DeletedTenant" });
export type DeletedTenant = z.infer<typeof DeletedTenant>;

/**
 * Removes a suspended tenant for good: every stored object under its prefix,
 * then, in one batch (all or nothing), its rows in every tenant-owned table
 * (children first, an order the foreign keys accept), its own row, and an
 * entry in the platform audit (no tenant) with the slug and the counts. Its
 * own audit log goes with it: it is the tenant's data, full of names.
 * Objects go first: if the batch then fails, the tenant is still there,
 * suspended, and deleting again finishes the job; the other order could
 * leave objects no row leads to. Deleting again afterwards answers 404.
 */
export async function deleteTenant(
  ctx: DomainContext,
  store: AttachmentStore,
  slug: string,
  input: DeleteTenant,
): Promise<DeletedTenant> {
  assertCan(ctx, "platform:tenants");
  const tenant = await getTenantBySlug(ctx, slug);
  if (input.confirmSlug !== tenant.slug) {
    throw new DomainError(
      "tenant_deletion_unconfirmed",
      "Mã xác nhận không khớp mã đơn vị hành chính · The confirmation does not match the tenant's slug",
      [{ path: "body.confirmSlug", message: "Nhập đúng mã đơn vị hành chính · Type the tenant's slug" }],
    );
  }
  if (tenant.status !== "suspended") {
    throw new DomainError(
      "tenant_not_suspended",
      "Phải tạm ngưng đơn vị hành chính trước khi xóa · Suspend the tenant before deleting it",
    );
  }

  const counts = await ctx.db.batch(
    tenantTables.map(({ table }) =>
      ctx.db.select({ n: count() }).from(table).where(inTenant(table, tenant.id)),
    ) as unknown as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]],
  );
  const deletedRows: Record<string, number> = {};
  tenantTables.forEach(({ name }, i) => {
    deletedRows[name] = (counts[i] as { n: number }[])[0]?.n ?? 0;
  });
  deletedRows.tenants = 1;

  const deletedObjects = await deleteObjectsUnder(store, tenantObjectPrefix(tenant.id));

  const childrenFirst = [...tenantTables].reverse();
  await ctx.db.batch([
    ...childrenFirst.map(({ table }) => ctx.db.delete(table).where(inTenant(table, tenant.id))),
    ctx.db.delete(tenants).where(eq(tenants.id, tenant.id)),
    auditEntry(ctx, {
      tenantId: null,
      action: "tenant.deleted",
      entityType: "tenant",
      entityId: tenant.id,
      before: { slug: tenant.slug, name: tenant.name, deletedRows, deletedObjects },
      after: null,
    }),
  ] as unknown as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return { id: tenant.id, slug: tenant.slug, deletedRows, deletedObjects };
}

/** Lists the first page under the prefix and deletes it, until nothing is left: no cursor over a shrinking list. */
async function deleteObjectsUnder(store: AttachmentStore, prefix: string): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await store.list({ prefix });
    if (page.objects.length === 0) return deleted;
    await store.delete(page.objects.map((object) => object.key));
    deleted += page.objects.length;
  }
}
