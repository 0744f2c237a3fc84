import { isUniqueViolation, reportCategories } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { newId } from "../ids";
import type { CreateReportCategory } from "./report-category-input";
import { type ReportCategory, toReportCategory } from "./report-category-view";

export async function createReportCategory(ctx: TenantContext, input: CreateReportCategory): Promise<ReportCategory> {
  assertCan(ctx, "hotline:manage");
  const at = ctx.now.toISOString();
  const row = { id: newId(ctx.now), tenantId: ctx.tenant.id, ...input, active: true, createdAt: at, updatedAt: at };
  try {
    await ctx.db.batch([
      ctx.db.insert(reportCategories).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "report_category.created",
        entityType: "report_category",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    // The unique index (tenant, code) decides, so two admins racing cannot both win.
    if (isUniqueViolation(error)) throw categoryCodeTaken(input.code);
    throw error;
  }
  return toReportCategory(row);
}

function categoryCodeTaken(code: string): DomainError {
  return new DomainError(
    "category_code_taken",
    `Mã loại phản ánh "${code}" đã được dùng · Report category code "${code}" is taken`,
    [{ path: "body.code", message: "Đã được dùng · Already taken" }],
  );
}
