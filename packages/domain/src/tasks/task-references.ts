import { inTenant, units } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";

/**
 * A task goes to a unit of this tenant that still works: a deactivated unit
 * has nobody to do it or to receive its overdue alerts.
 */
export async function assertActiveUnit(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ active: units.active })
    .from(units)
    .where(inTenant(units, ctx.tenant.id, eq(units.id, id)))
    .limit(1);
  if (row?.active) return;
  const message = row
    ? "Đơn vị đã ngừng hoạt động · The unit is deactivated"
    : "Không có đơn vị này trong đơn vị hành chính · No such unit in this tenant";
  throw new DomainError("invalid", "invalid_reference", `Tham chiếu không hợp lệ · Invalid reference (đơn vị · unit)`, [
    { path, message },
  ]);
}
