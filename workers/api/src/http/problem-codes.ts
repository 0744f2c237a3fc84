/**
 * Every `code` a problem response can carry, with what it means. The docs
 * page lists them, and a problem's `type` links to its entry there.
 */
export const problemCodes: Record<string, string> = {
  validation_failed: "400 · The request did not match its schema; `errors` lists each field.",
  malformed_body: "400 · The body could not be parsed (for example malformed JSON).",
  not_found: "404 · Nothing exists at this address.",
  tenant_not_found: "404 · No tenant has this slug.",
  tenant_suspended: "403 · The tenant is suspended; its data is kept but it serves nothing.",
  method_not_allowed: "405 · The path exists but not with this method; see the `Allow` header.",
  payload_too_large: "413 · The request body is over the size limit.",
  misconfigured: "500 · A deployment setting is missing or malformed; the detail names it.",
  internal_error: "500 · An unexpected failure; quote the requestId when reporting it.",
};
