import type { reportCategories } from "@kycuong/db";
import { z } from "zod";

export const ReportCategory = z
  .object({
    id: z.string(),
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    deadlineWorkingDays: z.int(),
    sortOrder: z.int(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ReportCategory" });
export type ReportCategory = z.infer<typeof ReportCategory>;
export type ReportCategoryRow = typeof reportCategories.$inferSelect;

export function toReportCategory(row: ReportCategoryRow): ReportCategory {
  return {
    id: row.id,
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    deadlineWorkingDays: row.deadlineWorkingDays,
    sortOrder: row.sortOrder,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
