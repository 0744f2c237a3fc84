import { inTenant, type UserRow, users } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
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
