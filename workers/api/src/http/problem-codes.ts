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
  invalid_reference: "400 · An id in the body points at nothing in this tenant (or at another tenant's row).",
  invalid_cursor: "400 · The `cursor` is not one this API issued; start from the first page.",
  unit_cycle: "400 · A unit cannot be moved under itself or one of its sub-units.",
  invalid_credentials: "401 · Wrong email or password (the same answer whether or not the account exists).",
  token_missing: "401 · No `Authorization: Bearer …` header.",
  token_malformed: "401 · The bearer token is not a JWT.",
  token_algorithm_not_allowed: "401 · The token's algorithm is not accepted (`none`, HS256 …).",
  token_bad_signature: "401 · The token's signature does not verify.",
  token_expired: "401 · The access token has expired; refresh it.",
  token_not_yet_valid: "401 · The token's `nbf` is in the future.",
  token_wrong_issuer: "401 · The token's issuer is not trusted here.",
  token_wrong_audience: "401 · The token was issued for another audience.",
  token_unknown_key: "401 · The token's `kid` is not among the published keys.",
  token_keys_unavailable: "401 · The identity provider's keys could not be fetched.",
  token_invalid: "401 · The token is invalid.",
  unknown_user: "401 · The token names no staff account.",
  user_disabled: "401 · The account is disabled.",
  refresh_token_invalid: "401 · The refresh token is unknown, expired or revoked; log in again.",
  refresh_token_reused: "401 · A spent refresh token was presented again; the whole session is revoked.",
  forbidden: "403 · Your roles lack the permission this route needs.",
  unit_not_found: "404 · No such unit in this tenant (or not in your unit's subtree).",
  unit_code_taken: "409 · Another unit of this tenant has this code.",
  hotline_channel_not_found: "404 · No hotline channel with this id in this tenant.",
  report_category_not_found: "404 · No report category with this id in this tenant.",
  category_code_taken: "409 · Another report category of this tenant has this code (codes are never reused).",
  tenant_slug_taken: "409 · Another tenant has this slug.",
  report_not_found:
    "404 · No report with this id in this tenant (or, for a unit head, not assigned to their unit's subtree). On the public follow-up: no report matches this tracking code and receipt, the same answer for an unknown code and a wrong receipt.",
  illegal_transition:
    "409 · The report cannot move from its current status to the one asked for; the detail names both and what is allowed.",
  report_changed:
    "409 · Someone changed the report between your read and your write; nothing of yours was written. Reload and retry.",
  task_not_found: "404 · No task with this id in this tenant (or, for a unit head, outside their unit's subtree).",
  task_not_open: "409 · The task is done or cancelled: it can no longer be changed, completed or reminded about.",
  reminder_already_recorded:
    "409 · A reminder with this document number is already recorded for the task (a repeated submission); nothing was written.",
  task_changed: "409 · Someone changed the task between your read and your write; nothing of yours was written.",
  date_in_future:
    "400 · A date of something that already happened (a completion, a reminder's document, a dialogue session, a conclusion's resolution) is after today.",
  tracking_book_entry_not_found:
    "404 · No tracking-book entry with this id in this tenant (or, for a unit head, outside their unit's subtree).",
  tracking_book_entry_annulled: "409 · The tracking-book entry is already annulled; an annulment is never changed.",
  dialogue_not_found:
    "404 · No dialogue session with this id in this tenant (or, for a unit head, neither hosted in their subtree nor with a conclusion assigned to it).",
  dialogue_issue_not_found:
    "404 · No such issue in this session (or, for a unit head recording progress, not assigned to their unit's subtree).",
  dialogue_changed:
    "409 · Someone changed the dialogue session (its date) between your read and your write; nothing of yours was written.",
  dialogue_date_locked:
    "409 · The session's date cannot change once issues are recorded: their deadlines count from it.",
  dialogue_issue_changed:
    "409 · Someone changed the issue between your read and your write; nothing of yours was written. Reload and retry.",
  dialogue_issue_locked: "409 · Progress is recorded on this conclusion, so its outcome can no longer change.",
  illegal_conclusion_transition:
    "409 · The conclusion cannot move to that status (assigned → in_progress → resolved), or the issue has no assigned conclusion.",
  inspection_team_not_found: "404 · No inspection team with this id in this tenant.",
  inspection_team_changed:
    "409 · Someone changed the inspection team between your read and your write; nothing of yours was written.",
  inspection_not_found:
    "404 · No inspection with this id in this tenant (or, for a unit head, none of its targets is in their subtree, or it is a surprise inspection that has not started).",
  illegal_inspection_transition:
    "409 · The inspection cannot move to that status (scheduled → in_progress → completed; scheduled or in_progress → cancelled).",
  inspection_changed:
    "409 · Someone changed the inspection between your read and your write; nothing of yours was written.",
  inspection_not_in_progress: "409 · Checklist results are recorded only while the inspection is in progress.",
  unknown_checklist_item:
    "400 · A checklist result names an item code that is not in the inspection's template; nothing was written.",
  violation_record_not_found:
    "404 · No violation record with this id in this tenant (or, for a unit head, a draft, or one naming no official of their subtree).",
  violation_official_not_found: "404 · The violation record does not name this official.",
  violation_version_not_found: "404 · The violation record has no such version.",
  violation_record_not_draft:
    "409 · The record is issued or closed: its content is immutable; correct it instead (a new version).",
  violation_record_not_issued: "409 · This step needs an issued record (not a draft, not closed).",
  illegal_violation_transition:
    "409 · The official's follow-up cannot make that move (issued → explanation_requested → explanation_received → decided), a signature is already recorded, or a record is closed before every official is decided.",
  violation_record_changed:
    "409 · Someone changed the violation record between your read and your write; nothing of yours was written (stored evidence removed).",
  corrective_report_exists: "409 · This unit has already reported its corrective action for the record.",
  date_before_session: "400 · A conclusion's deadline or resolution date is before the dialogue session's date.",
  invalid_period: "400 · The period's `to` is before its `from`.",
  login_throttled: "429 · Too many failed logins for this email; wait `Retry-After` seconds.",
  settings_changed: "409 · The settings changed since you read them; reload and save again.",
  method_not_allowed: "405 · The path exists but not with this method; see the `Allow` header.",
  payload_too_large: "413 · The request body is over the size limit.",
  official_not_found: "404 · No official with this id in this tenant (or outside a unit head's units).",
  official_duplicate:
    "409 · Another official of this tenant has this employee code or email; `errors` names the field.",
  import_invalid:
    "422 · The CSV import was refused and nothing was written; `results` lists each failing row with its column errors.",
  import_too_large: "413 · The CSV import has more rows than one import may carry (5,000).",
  unsupported_media_type: "415 · The body's Content-Type is not one this route accepts (the import takes `text/csv`).",
  unknown_category: "400 · No active report category of this tenant has this code.",
  honeypot_filled: "400 · The hidden `website` field of the report form was filled in (a bot); nothing was stored.",
  turnstile_failed: "400 · The Turnstile human check was missing or failed; nothing was stored. Reload the form.",
  origin_not_allowed: "403 · The request came from a website this tenant has not allowed (CORS `Origin`).",
  idempotency_key_reused: "409 · This `Idempotency-Key` was already used with a different body within 24 hours.",
  rate_limited:
    "429 · Too many requests from this client (or receipt attempts for this code); wait `Retry-After` seconds.",
  turnstile_unavailable: "503 · Turnstile's verification service could not be reached; nothing was stored. Try again.",
  misconfigured: "500 · A deployment setting is missing or malformed; the detail names it.",
  internal_error: "500 · An unexpected failure; quote the requestId when reporting it.",
};
