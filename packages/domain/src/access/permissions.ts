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
  "audit:read",
  "platform:tenants",
  /** Manage the hotline directory and report categories. */
  "hotline:manage",
  /** Read reports (a unit head: only those assigned to their subtree). */
  "reports:read",
  /** Triage reports (accept, reject, mark duplicate, assign, close) and record phone/email/in-person reports. */
  "reports:triage",
  /** Move an assigned report through in_progress to resolved (a unit head: only their subtree's). */
  "reports:resolve",
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
  ],
  party_office: ["organisation:read", "settings:read"],
  inspector: ["organisation:read", "settings:read", "reports:read"],
  hotline_officer: ["organisation:read", "settings:read", "reports:read", "reports:triage", "reports:resolve"],
  // Reads only its own unit's subtree: see access/unit-scope.ts.
  unit_head: ["organisation:read", "reports:read", "reports:resolve"],
  viewer: ["organisation:read", "users:read", "settings:read", "reports:read"],
};

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => rolePermissions[role]?.includes(permission));
}
