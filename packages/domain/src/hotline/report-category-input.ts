import { z } from "zod";
import { snakeCode } from "../input/ids";
import { text } from "../input/text";

const fields = {
  nameVi: text({ min: 2, max: 200 }),
  nameEn: text({ min: 2, max: 200 }),
  /** Working days to answer a report of this category (DOMAIN.md: urgent 1, checkable on the spot 3). */
  deadlineWorkingDays: z.int().min(1).max(60),
  sortOrder: z.int().min(0).max(10_000),
};

export const CreateReportCategory = z.strictObject({
  code: snakeCode(2, 40),
  ...fields,
  sortOrder: fields.sortOrder.default(0),
});
export type CreateReportCategory = z.infer<typeof CreateReportCategory>;

/**
 * No `code`: reports, Open311 clients and district websites refer to a
 * category by its code, so it never changes once created.
 */
export const UpdateReportCategory = z.strictObject({ ...fields, active: z.boolean() }).partial();
export type UpdateReportCategory = z.infer<typeof UpdateReportCategory>;

export const ReportCategoryListQuery = z.object({
  active: z.enum(["true", "false"]).optional(),
});
export type ReportCategoryListQuery = z.infer<typeof ReportCategoryListQuery>;
