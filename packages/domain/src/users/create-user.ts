import { isUniqueViolation, type UserRow, users } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { hashPassword } from "../auth/password-hash";
import type { TenantContext } from "../context";
import { newId } from "../ids";
import type { CreateUser } from "./user-input";
import {
  assertPasswordAcceptable,
  assertUnitHeadHasUnit,
  assertUserReferences,
  emailTaken,
  normalizeEmail,
  uniqueRoles,
} from "./user-rules";
import { toUser, type User } from "./user-view";

export async function createUser(ctx: TenantContext, input: CreateUser): Promise<User> {
  assertCan(ctx, "users:write");
  const email = normalizeEmail(input.email);
  const roles = uniqueRoles(input.roles);
  assertPasswordAcceptable(input.password, email);
  assertUnitHeadHasUnit(roles, input.unitId);
  await assertUserReferences(ctx, input);
  const at = ctx.now.toISOString();
  const row: UserRow = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    email,
    displayName: input.displayName,
    officialId: input.officialId,
    unitId: input.unitId,
    roles,
    status: "active",
    passwordHash: await hashPassword(input.password),
    lastLoginAt: null,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await ctx.db.batch([
      ctx.db.insert(users).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "user.created",
        entityType: "user",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(email);
    throw error;
  }
  return toUser(row);
}
