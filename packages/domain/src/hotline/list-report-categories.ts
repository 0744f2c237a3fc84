import { inTenant, reportCategories } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { ReportCategoryListQuery } from "./report-category-input";
import { type ReportCategory, toReportCategory } from "./report-category-view";

/** Every category, inactive ones included (old reports still carry their codes); a tenant has a dozen at most. */
export async function listReportCategories(
  ctx: TenantContext,
  query: ReportCategoryListQuery,
): Promise<{ items: ReportCategory[] }> {
  assertCan(ctx, "reports:read");
  const rows = await ctx.db
    .select()
    .from(reportCategories)
    .where(
      inTenant(
        reportCategories,
        ctx.tenant.id,
        query.active ? eq(reportCategories.active, query.active === "true") : undefined,
      ),
    )
    .orderBy(asc(reportCategories.sortOrder), asc(reportCategories.code));
  return { items: rows.map(toReportCategory) };
}
