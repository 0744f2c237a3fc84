import { tenants } from "@kycuong/db";
import { and, asc, eq, gt } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { DomainContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { tenantNotFound } from "../tenants/tenant-not-found";
import { type TenantAdminView, toTenantAdminView } from "./tenant-view";

export async function listTenants(
  ctx: DomainContext,
  query: PageQuery & { status?: "active" | "suspended" | undefined },
): Promise<Page<TenantAdminView>> {
  assertCan(ctx, "platform:tenants");
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(tenants)
    .where(and(query.status ? eq(tenants.status, query.status) : undefined, after ? gt(tenants.id, after) : undefined))
    .orderBy(asc(tenants.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toTenantAdminView), nextCursor: page.nextCursor };
}

export async function getTenantBySlug(ctx: DomainContext, slug: string): Promise<TenantAdminView> {
  assertCan(ctx, "platform:tenants");
  const [row] = await ctx.db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  if (!row) throw tenantNotFound();
  return toTenantAdminView(row);
}
