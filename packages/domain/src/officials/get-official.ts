import { inTenant, type OfficialRow, officials } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { type Official, toOfficial } from "./official-view";

/**
 * The official's row, or 404 when it is missing, another tenant's, or
 * works in a unit outside the actor's scope (a unit head sees only their
 * own subtree's people).
 */
export async function loadOfficialRow(ctx: TenantContext, id: string): Promise<OfficialRow> {
  const [row] = await ctx.db
    .select()
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, eq(officials.id, id)))
    .limit(1);
  const visible = await visibleUnitIds(ctx);
  if (!row || (visible && !visible.includes(row.unitId))) {
    throw new DomainError("official_not_found", "Không tìm thấy cán bộ · Official not found");
  }
  return row;
}

export async function getOfficial(ctx: TenantContext, id: string): Promise<Official> {
  assertCan(ctx, "organisation:read");
  return toOfficial(await loadOfficialRow(ctx, id));
}
