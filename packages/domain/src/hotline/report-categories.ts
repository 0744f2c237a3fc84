import { inTenant, isUniqueViolation, reportCategories } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import type { CreateReportCategory, ReportCategoryListQuery, UpdateReportCategory } from "./report-category-input";
import { type ReportCategory, type ReportCategoryRow, toReportCategory } from "./report-category-view";

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

/** Kept, not deleted: reports already filed under it still point at it by code. */
export function deactivateReportCategory(ctx: TenantContext, id: string): Promise<ReportCategory> {
  return updateReportCategory(ctx, id, { active: false }, "report_category.deactivated");
}

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
