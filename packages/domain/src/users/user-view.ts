import { roles, type UserRow } from "@kycuong/db";
import { z } from "zod";

/** A staff account as the API shows it: never the password hash. */
export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    officialId: z.string().nullable(),
    unitId: z.string().nullable(),
    roles: z.array(z.enum(roles)),
    status: z.enum(["active", "disabled"]),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof User>;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    officialId: row.officialId,
    unitId: row.unitId,
    roles: row.roles,
    status: row.status,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
