import type { Role, UserRow } from "@kycuong/db";
import { passwordProblems } from "../auth/password-policy";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { assertOfficialExists, assertUnitExists } from "../units/references";

/** Emails are unique per tenant regardless of case, and login lower-cases what it is given. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function uniqueRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)];
}

export function assertPasswordAcceptable(password: string, email: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length === 0) return;
  throw new DomainError(
    "validation_failed",
    "Mật khẩu không đạt yêu cầu · The password does not meet the policy",
    problems.map((message) => ({ path: "body.password", message })),
  );
}

/** A unit head's reach is their unit's subtree; without a unit they would see nothing at all. */
export function assertUnitHeadHasUnit(roles: readonly Role[], unitId: string | null): void {
  if (!roles.includes("unit_head") || unitId) return;
  throw new DomainError(
    "validation_failed",
    "Trưởng đơn vị phải gắn với một đơn vị · A unit head must belong to a unit",
    [{ path: "body.unitId", message: "Bắt buộc với vai trò unit_head · Required for the unit_head role" }],
  );
}

export async function assertUserReferences(
  ctx: TenantContext,
  refs: { officialId?: string | null | undefined; unitId?: string | null | undefined },
): Promise<void> {
  if (refs.officialId) await assertOfficialExists(ctx, refs.officialId, "body.officialId");
  if (refs.unitId) await assertUnitExists(ctx, refs.unitId, "body.unitId");
}

/**
 * An admin who disables themself or drops their own tenant_admin role can
 * leave the tenant with nobody able to manage accounts; another admin must do it.
 */
export function assertNotDemotingSelf(ctx: TenantContext, before: UserRow, after: UserRow): void {
  if (ctx.actor.type !== "user" || ctx.actor.userId !== before.id) return;
  const disabling = after.status !== "active";
  const droppingAdmin = before.roles.includes("tenant_admin") && !after.roles.includes("tenant_admin");
  if (!disabling && !droppingAdmin) return;
  throw new DomainError(
    "cannot_demote_self",
    "Không thể tự khóa tài khoản hoặc tự bỏ quyền quản trị của mình · You cannot disable your own account or remove your own tenant_admin role",
  );
}

export function emailTaken(email: string): DomainError {
  return new DomainError(
    "user_email_taken",
    `Email "${email}" đã có tài khoản trong đơn vị này · "${email}" already has an account in this tenant`,
    [{ path: "body.email", message: "Đã được dùng · Already taken" }],
  );
}
