import type { TenantContext } from "../context";
import type { ReportCategory } from "./report-category-view";
import { updateReportCategory } from "./update-report-category";

/** Kept, not deleted: reports already filed under it still point at it by code. */
export function deactivateReportCategory(ctx: TenantContext, id: string): Promise<ReportCategory> {
  return updateReportCategory(ctx, id, { active: false }, "report_category.deactivated");
}
