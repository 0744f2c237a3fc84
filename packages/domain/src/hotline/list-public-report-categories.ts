import { inTenant, reportCategories } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DomainContext } from "../context";
import { resolveTenant } from "../tenants/resolve-tenant";

/** What the report form offers; `code` is what a report (and Open311's `service_code`) sends back. */
export const PublicReportCategory = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  deadlineWorkingDays: z.int(),
});
export type PublicReportCategory = z.infer<typeof PublicReportCategory>;

export const PublicReportCategories = z.object({ items: z.array(PublicReportCategory) });
export type PublicReportCategories = z.infer<typeof PublicReportCategories>;

/** An active tenant's active categories, in the order its admins chose. */
export async function listPublicReportCategories(ctx: DomainContext, slug: string): Promise<PublicReportCategories> {
  const tenant = await resolveTenant(ctx, slug);
  const items = await ctx.db
    .select({
      code: reportCategories.code,
      nameVi: reportCategories.nameVi,
      nameEn: reportCategories.nameEn,
      deadlineWorkingDays: reportCategories.deadlineWorkingDays,
    })
    .from(reportCategories)
    .where(inTenant(reportCategories, tenant.id, eq(reportCategories.active, true)))
    .orderBy(asc(reportCategories.sortOrder), asc(reportCategories.code));
  return { items };
}
