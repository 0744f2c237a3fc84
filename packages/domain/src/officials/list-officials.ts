import { inTenant, officials } from "@kycuong/db";
import { asc, eq, gt, inArray, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { OfficialListQuery } from "./official-input";
import { type Official, toOfficial } from "./official-view";

export async function listOfficials(ctx: TenantContext, query: OfficialListQuery & PageQuery): Promise<Page<Official>> {
  assertCan(ctx, "organisation:read");
  const visible = await visibleUnitIds(ctx);
  if (visible?.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(officials)
    .where(
      inTenant(
        officials,
        ctx.tenant.id,
        visible ? inArray(officials.unitId, visible) : undefined,
        query.unitId ? eq(officials.unitId, query.unitId) : undefined,
        query.kind ? eq(officials.kind, query.kind) : undefined,
        query.status ? eq(officials.status, query.status) : undefined,
        query.q ? sql`${officials.fullName} like ${likePattern(query.q)} escape '\\'` : undefined,
        after ? gt(officials.id, after) : undefined,
      ),
    )
    .orderBy(asc(officials.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toOfficial), nextCursor: page.nextCursor };
}

/** `%text%` with the text's own `%`, `_` and `\` matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
