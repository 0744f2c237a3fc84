import { isDatabaseUnavailable } from "@kycuong/db";
import { DomainError } from "../../errors";

/**
 * Where attachment bytes live (R2 in the Worker). The domain needs only
 * these calls, so it stays free of Cloudflare types and testable.
 */
export interface AttachmentStore {
  put(key: string, value: ArrayBuffer, options: { httpMetadata: { contentType: string } }): Promise<unknown>;
  get(key: string): Promise<{ body: ReadableStream; size: number } | null>;
  delete(keys: string | string[]): Promise<void>;
  /** One page of the objects under a prefix (R2 gives at most 1,000), for a tenant's export and deletion. */
  list(options: { prefix: string; cursor?: string; include?: "httpMetadata"[] }): Promise<StoredObjectPage>;
}

export interface StoredObject {
  key: string;
  size: number;
  uploaded: Date;
  httpMetadata?: { contentType?: string };
}

export interface StoredObjectPage {
  objects: StoredObject[];
  truncated: boolean;
  cursor?: string;
}

/**
 * Every object of a tenant lives under this prefix (report attachments under
 * `reports/`, violation evidence under `violations/`), so the tenant's
 * objects can be listed and removed without reading a row.
 */
export function tenantObjectPrefix(tenantId: string): string {
  return `tenants/${tenantId}/`;
}

/** How long the store may be slow or failing before a client tries an upload again. */
const STORE_RETRY_AFTER_SECONDS = 5;

/**
 * Puts every object, or none: if one put fails (the store failing part way
 * through an upload), the ones already put are deleted again and the upload
 * answers 503 `storage_unavailable`, so no object is left that no row names.
 */
export async function putAllOrNone(
  store: AttachmentStore,
  objects: { key: string; bytes: ArrayBuffer; contentType: string }[],
): Promise<void> {
  const puts = await Promise.allSettled(
    objects.map((object) => store.put(object.key, object.bytes, { httpMetadata: { contentType: object.contentType } })),
  );
  if (puts.every((put) => put.status === "fulfilled")) return;
  const stored = objects.filter((_, i) => puts[i]?.status === "fulfilled").map((object) => object.key);
  // A failing delete leaves orphans for removeOrphanObjects; the upload's answer is the same.
  if (stored.length > 0) await store.delete(stored).catch(() => undefined);
  throw new DomainError(
    "storage_unavailable",
    "Chưa lưu được tệp; chưa lưu gì, hãy thử lại · The files could not be stored; nothing was kept, try again",
    [],
    { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
  );
}

/**
 * After the rows naming stored objects failed to be written: delete the
 * objects, unless the database was unreachable, when the rows may have been
 * written all the same (the answer was lost) and deleting would leave them
 * naming missing objects. Those objects stay; if their rows were not written,
 * removeOrphanObjects deletes them once they are older than its grace period.
 */
export async function discardUnlessPerhapsWritten(store: AttachmentStore, keys: string[], error: unknown) {
  if (keys.length === 0 || isDatabaseUnavailable(error)) return;
  await store.delete(keys);
}
