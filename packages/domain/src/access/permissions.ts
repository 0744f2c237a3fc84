import type { Role } from "@kycuong/db";

/**
 * What a caller may do, by capability. Routes name the capability they need;
 * roles grant capabilities. The README's role matrix is this table.
 */
export const permissions = [
  "organisation:read",
  "organisation:write",
  "users:read",
  "users:write",
  "settings:read",
  "settings:write",
  /**
   * Set or change the tenant's identity provider: whoever holds it decides
   * whose tokens sign in as the tenant's staff, so the platform admin alone.
   */
  "settings:identity_provider",
  "audit:read",
  "platform:tenants",
  /** Keep Vietnam's national calendar (holidays, days off in lieu, swapped working days) that every tenant inherits. */
  "platform:calendar",
  /** Manage the hotline directory and report categories. */
  "hotline:manage",
  /** Read reports (a unit head: only those assigned to their subtree). */
  "reports:read",
  /**
   * See who reported: the reporter's name, phone, email and consent. Only
   * the people who must call back hold it (hotline officers, tenant admins):
   * a unit head works on a report about their own staff without knowing who
   * made it.
   */
  "reports:contact",
  /** Triage reports (accept, reject, mark duplicate, assign, close) and record phone/email/in-person reports. */
  "reports:triage",
  /** Move an assigned report through in_progress to resolved (a unit head: only their subtree's). */
  "reports:resolve",
  /** Read tasks, reminders, the tracking book, dialogues and their KPIs (a unit head: own subtree). */
  "discipline:read",
  /** Manage tasks, record written reminders, annul tracking-book entries, record dialogues (party office). */
  "discipline:manage",
  /** Report progress on a task or a dialogue conclusion of one's own unit subtree (mark done, resolve). */
  "discipline:progress",
  /** Read inspections and violation records (a unit head: own subtree, issued records and started inspections only). */
  "inspections:read",
  /** Run inspections: teams, inspections, checklists, violation records, decisions (inspectors). */
  "inspections:manage",
  /** Answer for one's own unit subtree: officials' explanations and the unit's corrective report. */
  "violations:respond",
  /** See the overdue-alert outbox (every digest, its status and errors) and resend an email. */
  "notifications:manage",
  /** Download all of the tenant's data as JSON lines (secrets and reporters' contact details left out). */
  "data:export",
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  platform_admin: permissions,
  tenant_admin: [
    "organisation:read",
    "organisation:write",
    "users:read",
    "users:write",
    "settings:read",
    "settings:write",
    "audit:read",
    "hotline:manage",
    "reports:read",
    "reports:contact",
    "discipline:read",
    "inspections:read",
    "notifications:manage",
    "data:export",
  ],
  party_office: ["organisation:read", "settings:read", "discipline:read", "discipline:manage", "discipline:progress"],
  inspector: ["organisation:read", "settings:read", "reports:read", "inspections:read", "inspections:manage"],
  hotline_officer: [
    "organisation:read",
    "settings:read",
    "reports:read",
    "reports:contact",
    "reports:triage",
    "reports:resolve",
  ],
  // Reads only its own unit's subtree: see access/unit-scope.ts.
  unit_head: [
    "organisation:read",
    "reports:read",
    "reports:resolve",
    "discipline:read",
    "discipline:progress",
    "inspections:read",
    "violations:respond",
  ],
  viewer: ["organisation:read", "users:read", "settings:read", "reports:read", "discipline:read", "inspections:read"],
};

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => rolePermissions[role]?.includes(permission));
}
