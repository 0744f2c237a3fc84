/**
 * What a tenant's export leaves out, table by table (SQL names). Every
 * tenant-owned table of the schema is exported unless it is excluded here,
 * and test/tenant-data.test.ts fails while a tenant-owned table has no entry,
 * so each new table gets a decision: exported whole, exported without some
 * columns, or not exported, with the reason written down.
 *
 * Left out is what is a secret or not the tenant's record: credentials
 * (password hashes, session, refresh-token and password-link token hashes),
 * hashes of the reporters' secrets and addresses, and the reporters' contact
 * details, which issue 13 keeps out of every export (docs/tenant-data.md).
 */
export type TablePolicy =
  | {
      export: true;
      /** SQL column names dropped from every row (the manifest line lists them). */
      omit?: readonly string[];
      /** Row-level omissions where only some rows carry something to leave out; returns the row to write. */
      redact?: (row: Record<string, unknown>) => Record<string, unknown>;
    }
  | { export: false; why: string };

const whole: TablePolicy = { export: true };

export const exportPolicy: Record<string, TablePolicy> = {
  // Organisation and people.
  units: whole,
  officials: whole,
  users: {
    export: true,
    // A PBKDF2 hash of the staff member's password: a credential, useless to the tenant and dangerous in a file.
    omit: ["password_hash"],
  },
  staff_sessions: { export: false, why: "console sign-ins: the SHA-256 of a live session cookie, a credential" },
  refresh_tokens: { export: false, why: "the staff apps' refresh tokens (SHA-256 of live tokens), credentials" },
  password_links: { export: false, why: "single-use password links (SHA-256 of the token), credentials" },

  // The tenant's own calendar days (the national calendar is platform data, not the tenant's).
  tenant_calendar_days: whole,

  // Hotline.
  hotline_channels: whole,
  report_categories: whole,
  reports: {
    export: true,
    omit: [
      // The reporter's contact details never go into an export (issue 13, "Privacy and retention").
      "reporter_name",
      "reporter_phone",
      "reporter_email",
      // SHA-256 of the reporter's secret receipt code: whoever holds the code follows the report.
      "receipt_hash",
      // Keyed hash of the reporter's IP address, for abuse correlation only.
      "client_hash",
    ],
  },
  report_officials: whole,
  report_events: whole,
  report_attachments: whole,
  idempotency_keys: {
    export: false,
    why: "a 24-hour replay cache of public answers; the stored answers carry reporters' receipt codes in clear",
  },

  // Discipline.
  tasks: whole,
  task_reminders: whole,
  tracking_book_entries: whole,
  dialogue_sessions: whole,
  dialogue_issues: whole,

  // Inspections and violations.
  inspection_teams: whole,
  inspection_team_members: whole,
  checklist_templates: whole,
  inspections: whole,
  inspection_targets: whole,
  inspection_checklist_results: whole,
  violation_types: whole,
  violation_records: whole,
  violation_record_officials: whole,
  violation_record_versions: whole,
  violation_evidence: whole,
  violation_record_events: whole,
  corrective_reports: whole,

  // Alerts and the audit log.
  notifications: {
    export: true,
    // The rendered emails: a password-link email carries a live link, an answer is written to a reporter.
    omit: ["body_html", "body_text"],
    // An answer to a citizen goes to the reporter's own address: contact details, left out like the report's.
    redact: (row) => (row.kind === "report_answer" ? { ...row, recipient: null } : row),
  },
  alert_runs: whole,
  audit_log: whole,
};

/** The policy of a table; a table with no entry is exported whole (the coverage test then fails). */
export function policyOf(table: string): TablePolicy {
  return exportPolicy[table] ?? whole;
}
