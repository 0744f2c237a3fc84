import { checklistTemplates, inspectionChecklistResults, inspections, inTenant } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { unitReach } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { inspectionNotFound } from "./inspection-errors";
import { attachTargets, inspectionsQuery, targetsQuery } from "./inspection-query";
import type { InspectionDetail } from "./inspection-view";

/**
 * One inspection with its targets and its checklist (template items in
 * order, each with its result), read in one batch: the inspection within
 * the actor's scope decides (404 otherwise), the rest is read beside it by
 * id, in the tenant.
 */
export async function getInspection(ctx: TenantContext, id: string): Promise<InspectionDetail> {
  assertCan(ctx, "inspections:read");
  const reach = await unitReach(ctx, "inspections:read");
  if (reach.units?.length === 0) throw inspectionNotFound();
  const tenantId = ctx.tenant.id;
  const templateOf = sql`(select ${inspections.checklistTemplateId} from ${inspections} where ${inspections.tenantId} = ${tenantId} and ${inspections.id} = ${id})`;
  const [rows, targets, templates, results] = await ctx.db.batch([
    inspectionsQuery(ctx, reach, [eq(inspections.id, id)], 1),
    targetsQuery(ctx, [id]),
    ctx.db
      .select()
      .from(checklistTemplates)
      .where(inTenant(checklistTemplates, tenantId, eq(checklistTemplates.id, templateOf))),
    ctx.db
      .select()
      .from(inspectionChecklistResults)
      .where(inTenant(inspectionChecklistResults, tenantId, eq(inspectionChecklistResults.inspectionId, id))),
  ]);
  const [inspection] = attachTargets(rows, targets);
  if (!inspection) throw inspectionNotFound();
  const [template] = templates;
  if (!template) return { ...inspection, checklist: null };
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
