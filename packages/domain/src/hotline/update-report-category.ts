import { inTenant, reportCategories } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import type { UpdateReportCategory } from "./report-category-input";
import { type ReportCategory, type ReportCategoryRow, toReportCategory } from "./report-category-view";

export async function loadReportCategoryRow(ctx: TenantContext, id: string): Promise<ReportCategoryRow> {
  const [row] = await ctx.db
    .select()
    .from(reportCategories)
    .where(inTenant(reportCategories, ctx.tenant.id, eq(reportCategories.id, id)))
    .limit(1);
  if (!row)
    throw new DomainError("report_category_not_found", "Không tìm thấy loại phản ánh · Report category not found");
  return row;
}

/** A new deadline applies to reports received from now on; reports already received keep their due date. */
export async function updateReportCategory(
  ctx: TenantContext,
  id: string,
  input: UpdateReportCategory,
  action = "report_category.updated",
): Promise<ReportCategory> {
  assertCan(ctx, "hotline:manage");
  const before = await loadReportCategoryRow(ctx, id);
  const changes = { ...input, updatedAt: ctx.now.toISOString() };
  const after: ReportCategoryRow = { ...before, ...changes };
  await ctx.db.batch([
    ctx.db
      .update(reportCategories)
      .set(changes)
      .where(inTenant(reportCategories, ctx.tenant.id, eq(reportCategories.id, id))),
    auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "report_category", entityId: id, before, after }),
  ]);
  return toReportCategory(after);
}
