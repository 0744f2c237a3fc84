import { inTenant, reportAttachments, violationEvidence } from "@kycuong/db";
import { inArray } from "drizzle-orm";
import type { DomainContext } from "../context";
import type { AttachmentStore, StoredObject } from "../reports/attachments/attachment-store";

/**
 * How old an object with no row must be before it is removed: longer than
 * any upload takes between putting its bytes and writing its rows, so an
 * upload in flight is never robbed.
 */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

export interface OrphanSweep {
  /** Objects looked at. */
  checked: number;
  /** Objects no row named, older than the grace period, deleted. */
  removed: number;
}

/** `tenants/{tenantId}/…`: the tenant an object belongs to; null for a key this app did not write. */
function tenantOf(key: string): string | null {
  return /^tenants\/([^/]+)\//.exec(key)?.[1] ?? null;
}

/**
 * Deletes stored objects that no attachment or evidence row names: what an
 * upload leaves when the database was lost while its rows were written and
 * they were not (discardUnlessPerhapsWritten keeps the objects then, since
 * it cannot know). Pages through the store under `prefix` (`tenants/` for
 * all); per page, one round trip asks each tenant's two tables which keys
 * they name. Keys outside `tenants/{id}/` are left alone.
 */
export async function removeOrphanObjects(
  ctx: DomainContext,
  store: AttachmentStore,
  prefix = "tenants/",
): Promise<OrphanSweep> {
  const cutoff = ctx.now.getTime() - ORPHAN_GRACE_MS;
  const sweep: OrphanSweep = { checked: 0, removed: 0 };
  let cursor: string | undefined;
  do {
    const page = await store.list({ prefix, ...(cursor ? { cursor } : {}) });
    sweep.checked += page.objects.length;
    const old = page.objects.filter((object) => object.uploaded.getTime() < cutoff && tenantOf(object.key));
    const orphans = await withoutRows(ctx, old);
    if (orphans.length > 0) await store.delete(orphans);
    sweep.removed += orphans.length;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return sweep;
}

async function withoutRows(ctx: DomainContext, objects: StoredObject[]): Promise<string[]> {
  const byTenant = new Map<string, string[]>();
  for (const { key } of objects) {
    const tenantId = tenantOf(key) ?? "";
    byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), key]);
  }
  const queries = [...byTenant].flatMap(([tenantId, keys]) => {
    return [
      ctx.db
        .select({ key: reportAttachments.r2Key })
        .from(reportAttachments)
        .where(inTenant(reportAttachments, tenantId, inArray(reportAttachments.r2Key, keys))),
      ctx.db
        .select({ key: violationEvidence.r2Key })
        .from(violationEvidence)
        .where(inTenant(violationEvidence, tenantId, inArray(violationEvidence.r2Key, keys))),
    ];
  });
  const [first, ...rest] = queries;
  if (!first) return [];
  const named = new Set((await ctx.db.batch([first, ...rest])).flat().map((row) => row.key));
  return objects.map((object) => object.key).filter((key) => !named.has(key));
}
