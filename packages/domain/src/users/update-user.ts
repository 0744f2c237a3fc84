import { inTenant, isUniqueViolation, refreshTokens, type UserRow, users } from "@kycuong/db";
import { eq, isNull } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { hashPassword } from "../auth/password-hash";
import type { TenantContext } from "../context";
import { loadUserRow } from "./get-user";
import type { UpdateUser } from "./user-input";
import {
  assertNotDemotingSelf,
  assertPasswordAcceptable,
  assertUnitHeadHasUnit,
  assertUserReferences,
  emailTaken,
  normalizeEmail,
  uniqueRoles,
} from "./user-rules";
import { toUser, type User } from "./user-view";

export async function updateUser(
  ctx: TenantContext,
  id: string,
  input: UpdateUser,
  action = "user.updated",
): Promise<User> {
  assertCan(ctx, "users:write");
  const before = await loadUserRow(ctx, id);
  const { password, ...fields } = input;
  const updatedAt = ctx.now.toISOString();
  const changes: Partial<UserRow> = {
    ...fields,
    ...(fields.email !== undefined ? { email: normalizeEmail(fields.email) } : {}),
    ...(fields.roles !== undefined ? { roles: uniqueRoles(fields.roles) } : {}),
    updatedAt,
  };
  const after: UserRow = { ...before, ...changes };
  assertNotDemotingSelf(ctx, before, after);
  assertUnitHeadHasUnit(after.roles, after.unitId);
  if (password !== undefined) {
    assertPasswordAcceptable(password, after.email);
    changes.passwordHash = await hashPassword(password);
  }
  await assertUserReferences(ctx, { officialId: fields.officialId, unitId: fields.unitId });

  // A disabled account or a reset password ends every session the old state allowed.
  const endsSessions = password !== undefined || (before.status === "active" && after.status === "disabled");
  const revokeSessions = ctx.db
    .update(refreshTokens)
    .set({ revokedAt: updatedAt })
    .where(inTenant(refreshTokens, ctx.tenant.id, eq(refreshTokens.userId, id), isNull(refreshTokens.revokedAt)));
  // The hash never reaches the log, so a password change is recorded as a flag.
  const audited = password !== undefined ? { ...after, passwordChanged: true } : after;
  try {
    await ctx.db.batch([
      ctx.db
        .update(users)
        .set(changes)
        .where(inTenant(users, ctx.tenant.id, eq(users.id, id))),
      auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "user", entityId: id, before, after: audited }),
      ...(endsSessions ? [revokeSessions] : []),
    ]);
  } catch (error) {
    if (isUniqueViolation(error) && changes.email) throw emailTaken(changes.email);
    throw error;
  }
  return toUser(after);
}
