import { checklistTemplates, inTenant } from "@kycuong/db";
import { asc } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { type ChecklistTemplate, toChecklistTemplate } from "./inspection-view";

/** The tenant's checklist templates, oldest first (a handful per tenant: no paging). */
export async function listChecklistTemplates(ctx: TenantContext): Promise<{ items: ChecklistTemplate[] }> {
  assertCan(ctx, "inspections:read");
  const rows = await ctx.db
    .select()
    .from(checklistTemplates)
    .where(inTenant(checklistTemplates, ctx.tenant.id))
    .orderBy(asc(checklistTemplates.id));
  return { items: rows.map(toChecklistTemplate) };
}
