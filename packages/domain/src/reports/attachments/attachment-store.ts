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
