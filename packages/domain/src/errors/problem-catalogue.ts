/**
 * Every `code` a problem answer can carry, with its HTTP status. The one list:
 * `DomainError` and the Worker's problem answers accept only these codes, and
 * a problem's `type` links to the code's entry on /docs. What each code means,
 * in Vietnamese first, then English, is in problem-meanings.ts, which the
 * compiler holds to exactly these codes. Only /docs reads the meanings, and
 * the deployed /docs is written at build time, so they stay out of the
 * deployed Worker (docs/performance.md).
 *
 * A code is part of the public contract (clients switch on it): add codes,
 * never rename or reuse one.
 */
interface ProblemEntry {
  status: ProblemStatus;
  /** Where one code answers with a second status too (its meaning says when and why). */
  also?: { status: ProblemStatus };
}

/** The statuses a problem answer may have, with their titles (Vietnamese · English). */
export const problemStatusTitles = {
  400: "Yêu cầu không hợp lệ · Bad request",
  401: "Chưa xác thực · Unauthenticated",
  403: "Không có quyền · Forbidden",
  404: "Không tìm thấy · Not found",
  405: "Phương thức không được hỗ trợ · Method not allowed",
  409: "Xung đột · Conflict",
  413: "Nội dung quá lớn · Payload too large",
  415: "Định dạng không được hỗ trợ · Unsupported media type",
  422: "Không thể xử lý · Unprocessable content",
  429: "Quá nhiều yêu cầu · Too many requests",
  500: "Lỗi máy chủ · Internal server error",
  503: "Dịch vụ tạm thời không khả dụng · Service unavailable",
} as const;

export type ProblemStatus = keyof typeof problemStatusTitles;

export const problemCatalogue = {
  // The HTTP layer
  validation_failed: { status: 400 },
  malformed_body: { status: 400 },
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  http_401: { status: 401 },
  http_403: { status: 403 },
  http_404: { status: 404 },
  http_405: { status: 405 },
  http_409: { status: 409 },
  http_413: { status: 413 },
  http_415: { status: 415 },
  http_422: { status: 422 },
  http_429: { status: 429 },
  http_500: { status: 500 },
  http_503: { status: 503 },
  database_busy: { status: 503 },
  database_unavailable: { status: 503 },
  storage_unavailable: { status: 503 },
  rate_limited: { status: 429 },
  misconfigured: { status: 500 },
  internal_error: { status: 500 },
  invalid_reference: { status: 400 },
  invalid_cursor: { status: 400 },
  // Authentication
  password_link_invalid: { status: 400 },
  csrf_token_invalid: { status: 403 },
  invalid_credentials: { status: 401 },
  login_throttled: { status: 429 },
  token_missing: { status: 401 },
  token_malformed: { status: 401 },
  token_algorithm_not_allowed: { status: 401 },
  token_bad_signature: { status: 401 },
  token_expired: { status: 401 },
  token_not_yet_valid: { status: 401 },
  token_wrong_issuer: { status: 401 },
  token_wrong_audience: { status: 401 },
  token_unknown_key: { status: 401 },
  token_keys_unavailable: { status: 401 },
  token_invalid: { status: 401 },
  token_revoked: { status: 401 },
  unknown_user: { status: 401 },
  user_disabled: { status: 401 },
  refresh_token_invalid: { status: 401 },
  refresh_token_reused: { status: 401 },
  forbidden: { status: 403 },
  // Tenants, units, users, officials, settings
  tenant_not_found: { status: 404 },
  tenant_suspended: { status: 403, also: { status: 401 } },
  tenant_slug_taken: { status: 409 },
  tenant_not_suspended: { status: 409 },
  tenant_deletion_unconfirmed: { status: 400 },
  user_not_found: { status: 404 },
  user_email_taken: { status: 409 },
  cannot_demote_self: { status: 400 },
  unit_not_found: { status: 404 },
  unit_code_taken: { status: 409 },
  unit_cycle: { status: 400 },
  official_not_found: { status: 404 },
  official_duplicate: { status: 409 },
  import_invalid: { status: 422 },
  import_too_large: { status: 413 },
  settings_changed: { status: 409 },
  // Hotline and reports
  hotline_channel_not_found: { status: 404 },
  report_category_not_found: { status: 404 },
  category_code_taken: { status: 409 },
  unknown_category: { status: 400 },
  honeypot_filled: { status: 400 },
  turnstile_failed: { status: 400 },
  turnstile_unavailable: { status: 503 },
  origin_not_allowed: { status: 403 },
  idempotency_key_reused: { status: 409 },
  invalid_date_range: { status: 400 },
  report_not_found: { status: 404 },
  illegal_transition: { status: 409 },
  report_changed: { status: 409 },
  attachment_rejected: { status: 400 },
  attachment_not_found: { status: 404 },
  // Tasks and the tracking book
  task_not_found: { status: 404 },
  task_not_open: { status: 409 },
  reminder_already_recorded: { status: 409 },
  reminder_date_invalid: { status: 400 },
  reminder_out_of_order: { status: 409 },
  source_document_after_reminder: { status: 409 },
  task_changed: { status: 409 },
  date_in_future: { status: 400 },
  tracking_book_entry_not_found: { status: 404 },
  tracking_book_entry_annulled: { status: 409 },
  // Dialogues
  dialogue_not_found: { status: 404 },
  dialogue_issue_not_found: { status: 404 },
  dialogue_changed: { status: 409 },
  dialogue_date_locked: { status: 409 },
  dialogue_issue_changed: { status: 409 },
  dialogue_issue_locked: { status: 409 },
  illegal_conclusion_transition: { status: 409 },
  date_before_session: { status: 400 },
  invalid_period: { status: 400 },
  // Inspections
  inspection_team_not_found: { status: 404 },
  inspection_team_changed: { status: 409 },
  inspection_not_found: { status: 404 },
  illegal_inspection_transition: { status: 409 },
  inspection_changed: { status: 409 },
  inspection_not_in_progress: { status: 409 },
  unknown_checklist_item: { status: 400 },
  // Violations
  violation_record_not_found: { status: 404 },
  violation_official_not_found: { status: 404 },
  violation_version_not_found: { status: 404 },
  violation_record_not_draft: { status: 409 },
  violation_record_not_issued: { status: 409 },
  violation_official_decided: { status: 409 },
  illegal_violation_transition: { status: 409 },
  decision_form_not_allowed: { status: 400 },
  decision_date_invalid: { status: 400 },
  explanation_pending: { status: 409 },
  disciplinary_period_expired: { status: 409 },
  disciplinary_period_already_extended: { status: 409 },
  violation_record_changed: { status: 409 },
  corrective_report_exists: { status: 409 },
  // Alerts
  notification_not_found: { status: 404 },
  notification_changed: { status: 409 },
  notification_being_sent: { status: 409 },
} as const satisfies Record<string, ProblemEntry>;

/** A code a problem answer may carry. */
export type ProblemCode = keyof typeof problemCatalogue;

/** The second status a code may answer with (`never` for most codes). */
export type ProblemAlsoStatus<C extends ProblemCode> = C extends ProblemCode
  ? (typeof problemCatalogue)[C] extends { also: { status: infer S extends ProblemStatus } }
    ? S
    : never
  : never;

export function isProblemCode(value: string): value is ProblemCode {
  return Object.hasOwn(problemCatalogue, value);
}

/** The status a code answers with (the catalogue's first one). */
export function problemStatus(code: ProblemCode): ProblemStatus {
  return problemCatalogue[code].status;
}

/** Every status a code may answer with. */
export function problemStatuses(code: ProblemCode): ProblemStatus[] {
  const entry: ProblemEntry = problemCatalogue[code];
  return entry.also ? [entry.status, entry.also.status] : [entry.status];
}

/** The anchor of a code's entry on /docs (a problem's `type` ends with `#` and this). */
export function problemAnchor(code: ProblemCode): string {
  return `problem-${code}`;
}
