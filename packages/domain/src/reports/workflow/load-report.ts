import { inTenant, reports } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { Permission } from "../../access/permissions";
import { visibleUnitIds } from "../../access/unit-scope";
import type { TenantContext } from "../../context";
import { DomainError } from "../../errors";

export type ReportRow = typeof reports.$inferSelect;

/**
 * The report's row, or 404 when it is missing, another tenant's, or not
 * assigned to a unit `permission` reaches (a unit head reaches only the
 * reports their own units must handle; an unassigned report belongs to
 * nobody's subtree).
 */
export async function loadReportRow(ctx: TenantContext, id: string, permission: Permission): Promise<ReportRow> {
  const [row] = await ctx.db
    .select()
    .from(reports)
    .where(inTenant(reports, ctx.tenant.id, eq(reports.id, id)))
    .limit(1);
  const visible = await visibleUnitIds(ctx, permission);
  if (!row || (visible && !(row.assignedUnitId && visible.includes(row.assignedUnitId)))) {
    throw reportNotFound();
  }
  return row;
}

export function reportNotFound() {
  return new DomainError("report_not_found", "Không tìm thấy phản ánh · Report not found");
}
