import { inTenant, units } from "@kycuong/db";
import { asc, eq, gt, inArray } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { UnitListQuery } from "./unit-input";
import { toUnit, type Unit } from "./unit-view";

export async function listUnits(ctx: TenantContext, query: UnitListQuery & PageQuery): Promise<Page<Unit>> {
  assertCan(ctx, "organisation:read");
  const visible = await visibleUnitIds(ctx);
  if (visible?.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(units)
    .where(
      inTenant(
        units,
        ctx.tenant.id,
        visible ? inArray(units.id, visible) : undefined,
        query.parentId ? eq(units.parentId, query.parentId) : undefined,
        query.kind ? eq(units.kind, query.kind) : undefined,
        query.active ? eq(units.active, query.active === "true") : undefined,
        after ? gt(units.id, after) : undefined,
      ),
    )
    .orderBy(asc(units.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toUnit), nextCursor: page.nextCursor };
}
