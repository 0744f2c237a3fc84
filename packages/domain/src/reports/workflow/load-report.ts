import { inTenant, reports } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { visibleUnitIds } from "../../access/unit-scope";
import type { TenantContext } from "../../context";
import { DomainError } from "../../errors";

export type ReportRow = typeof reports.$inferSelect;

/**
 * The report's row, or 404 when it is missing, another tenant's, or not
 * assigned to the actor's subtree (a unit head sees only the reports their
 * own units must handle; an unassigned report belongs to nobody's subtree).
 */
export async function loadReportRow(ctx: TenantContext, id: string): Promise<ReportRow> {
  const [row] = await ctx.db
    .select()
    .from(reports)
    .where(inTenant(reports, ctx.tenant.id, eq(reports.id, id)))
    .limit(1);
  const visible = await visibleUnitIds(ctx);
  if (!row || (visible && !(row.assignedUnitId && visible.includes(row.assignedUnitId)))) {
    throw reportNotFound();
  }
  return row;
}

export function reportNotFound() {
  return new DomainError("report_not_found", "Không tìm thấy phản ánh · Report not found");
}
