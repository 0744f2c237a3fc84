/**
 * Where attachment bytes live (R2 in the Worker). The domain needs only
 * these two calls, so it stays free of Cloudflare types and testable.
 */
export interface AttachmentStore {
  put(key: string, value: ArrayBuffer, options: { httpMetadata: { contentType: string } }): Promise<unknown>;
  get(key: string): Promise<{ body: ReadableStream; size: number } | null>;
  delete(keys: string | string[]): Promise<void>;
}
