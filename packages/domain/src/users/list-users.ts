import { inTenant, users } from "@kycuong/db";
import { asc, eq, gt, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { UserListQuery } from "./user-input";
import { toUser, type User } from "./user-view";

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
