import { inTenant, isUniqueViolation, type UserRow, users } from "@kycuong/db";
import { asc, eq, gt, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { endUserSessions } from "../auth/end-sessions";
import { hashPassword } from "../auth/password-hash";
import { type LinkBase, passwordLinkStatements } from "../auth/password-links";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { CreateUser, UpdateUser, UserListQuery } from "./user-input";
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

/** The account row, or 404 when it is missing or another tenant's (platform admins belong to none). */
export async function loadUserRow(ctx: TenantContext, id: string): Promise<UserRow> {
  const [row] = await ctx.db
    .select()
    .from(users)
    .where(inTenant(users, ctx.tenant.id, eq(users.id, id)))
    .limit(1);
  if (!row) throw new DomainError("user_not_found", "Không tìm thấy tài khoản · User not found");
  return row;
}

export async function getUser(ctx: TenantContext, id: string): Promise<User> {
  assertCan(ctx, "users:read");
  return toUser(await loadUserRow(ctx, id));
}

export async function listUsers(ctx: TenantContext, query: UserListQuery & PageQuery): Promise<Page<User>> {
  assertCan(ctx, "users:read");
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(users)
    .where(
      inTenant(
        users,
        ctx.tenant.id,
        // Roles are a JSON array on the row, so "has this role" looks inside it.
        query.role
          ? sql`exists (select 1 from json_each(${users.roles}) where json_each.value = ${query.role})`
          : undefined,
        query.status ? eq(users.status, query.status) : undefined,
        after ? gt(users.id, after) : undefined,
      ),
    )
    .orderBy(asc(users.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

/**
 * Creates an account. Without a password, the account gets a "set your
 * password" email (the link in `base`'s console) in the same batch, so
 * nobody but its owner ever knows the password.
 */
export async function createUser(ctx: TenantContext, input: CreateUser, base: LinkBase): Promise<User> {
  assertCan(ctx, "users:write");
  const email = normalizeEmail(input.email);
  const roles = uniqueRoles(input.roles);
  if (input.password !== undefined) assertPasswordAcceptable(input.password, email);
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
    passwordHash: input.password !== undefined ? await hashPassword(input.password) : null,
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
      ...(input.password === undefined ? await passwordLinkStatements(ctx, row, "set", base) : []),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(email);
    throw error;
  }
  return toUser(row);
}

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
  // The hash never reaches the log, so a password change is recorded as a flag.
  const audited = password !== undefined ? { ...after, passwordChanged: true } : after;
  try {
    await ctx.db.batch([
      ctx.db
        .update(users)
        .set(changes)
        .where(inTenant(users, ctx.tenant.id, eq(users.id, id))),
      auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "user", entityId: id, before, after: audited }),
      ...(endsSessions ? endUserSessions(ctx, id) : []),
    ]);
  } catch (error) {
    if (isUniqueViolation(error) && changes.email) throw emailTaken(changes.email);
    throw error;
  }
  return toUser(after);
}

/** Accounts are never deleted (the audit log names them); they are disabled, which also ends their sessions. */
export function deactivateUser(ctx: TenantContext, id: string): Promise<User> {
  return updateUser(ctx, id, { status: "disabled" }, "user.deactivated");
}
