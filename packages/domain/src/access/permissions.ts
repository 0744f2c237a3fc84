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
  ],
  party_office: ["organisation:read", "settings:read"],
  inspector: ["organisation:read", "settings:read"],
  hotline_officer: ["organisation:read", "settings:read"],
  // Reads only its own unit's subtree: see access/unit-scope.ts.
  unit_head: ["organisation:read"],
  viewer: ["organisation:read", "users:read", "settings:read"],
};

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => rolePermissions[role]?.includes(permission));
}
