import type { Role } from "@kycuong/db";
import { z } from "zod";
import { Password } from "../auth/password-policy";
import { Id } from "../input/ids";
import { text } from "../input/text";

/**
 * The roles a tenant route may grant. `platform_admin` is left out on
 * purpose: only the platform itself makes platform admins, so asking for it
 * here fails validation like any unknown role.
 */
export const tenantRoles = [
  "tenant_admin",
  "party_office",
  "inspector",
  "hotline_officer",
  "unit_head",
  "viewer",
] as const satisfies readonly Role[];
export type TenantRole = (typeof tenantRoles)[number];

export const userStatuses = ["active", "disabled"] as const;

const email = z.email().max(254);
const displayName = text({ min: 2, max: 200 });
const roleList = z.array(z.enum(tenantRoles)).min(1).max(tenantRoles.length);

export const CreateUser = z.strictObject({
  email,
  displayName,
  officialId: Id.nullable().default(null),
  unitId: Id.nullable().default(null),
  roles: roleList,
  /**
   * Left out, the account has no password yet: it is emailed a "set your
   * password" link (single use, 30 minutes) in the same write.
   */
  password: Password.optional(),
});
export type CreateUser = z.infer<typeof CreateUser>;

export const UpdateUser = z
  .strictObject({
    email,
    displayName,
    officialId: Id.nullable(),
    unitId: Id.nullable(),
    roles: roleList,
    status: z.enum(userStatuses),
    password: Password,
  })
  .partial();
export type UpdateUser = z.infer<typeof UpdateUser>;

export const UserListQuery = z.object({
  role: z.enum(tenantRoles).optional(),
  status: z.enum(userStatuses).optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
