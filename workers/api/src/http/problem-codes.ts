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
  user_not_found: "404 · No staff account with this id in this tenant.",
  user_email_taken: "409 · This email already has a staff account in this tenant.",
  cannot_demote_self: "400 · A tenant admin cannot disable their own account or remove their own tenant_admin role.",
  method_not_allowed: "405 · The path exists but not with this method; see the `Allow` header.",
  payload_too_large: "413 · The request body is over the size limit.",
  official_not_found: "404 · No official with this id in this tenant (or outside a unit head's units).",
  official_duplicate:
    "409 · Another official of this tenant has this employee code or email; `errors` names the field.",
  import_invalid:
    "422 · The CSV import was refused and nothing was written; `results` lists each failing row with its column errors.",
  import_too_large: "413 · The CSV import has more rows than one import may carry (5,000).",
  unsupported_media_type: "415 · The body's Content-Type is not one this route accepts (the import takes `text/csv`).",
  misconfigured: "500 · A deployment setting is missing or malformed; the detail names it.",
  internal_error: "500 · An unexpected failure; quote the requestId when reporting it.",
};
