import { checklistTemplates, inspectionChecklistResults, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { findInspection, withTargets } from "./inspection-query";
import type { InspectionDetail } from "./inspection-view";

/** One inspection with its targets and its checklist (template items in order, each with its result). */
export async function getInspection(ctx: TenantContext, id: string): Promise<InspectionDetail> {
  assertCan(ctx, "inspections:read");
  const row = await findInspection(ctx, id);
  const [inspection] = await withTargets(ctx, [row]);
  if (!inspection) throw new Error("unreachable: withTargets dropped a row");
  const templateId = row.inspection.checklistTemplateId;
  if (!templateId) return { ...inspection, checklist: null };
  const [template] = await ctx.db
    .select()
    .from(checklistTemplates)
    .where(inTenant(checklistTemplates, ctx.tenant.id, eq(checklistTemplates.id, templateId)));
  if (!template) return { ...inspection, checklist: null };
  const results = await ctx.db
    .select()
    .from(inspectionChecklistResults)
    .where(inTenant(inspectionChecklistResults, ctx.tenant.id, eq(inspectionChecklistResults.inspectionId, id)));
  const byCode = new Map(results.map((r) => [r.itemCode, r]));
  return {
    ...inspection,
    checklist: {
      templateId: template.id,
      name: template.name,
      items: template.items.map((item) => ({
        code: item.code,
        label: item.label,
        result: byCode.get(item.code)?.result ?? null,
        note: byCode.get(item.code)?.note ?? null,
      })),
    },
  };
}
