import { inspectionChecklistResults, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { getInspection } from "./get-inspection";
import { inspectionNotInProgress, unknownChecklistItems } from "./inspection-errors";
import type { ChecklistResults } from "./inspection-input";
import { findInspection } from "./inspection-query";
import { findActiveTemplate } from "./inspection-references";
import type { InspectionDetail } from "./inspection-view";
import { saveInspectionChange } from "./save-inspection-change";

/**
 * Replaces an inspection's checklist results, only while it is in progress
 * (409 otherwise). Every code must be an item of the inspection's template
 * (400 `unknown_checklist_item`, nothing written).
 */
export async function recordChecklist(
  ctx: TenantContext,
  id: string,
  input: ChecklistResults,
): Promise<InspectionDetail> {
  assertCan(ctx, "inspections:manage");
  const { inspection } = await findInspection(ctx, id, "inspections:manage");
  if (inspection.status !== "in_progress") throw inspectionNotInProgress(inspection.status);
  const codes = new Set<string>();
  if (inspection.checklistTemplateId) {
    const template = await findActiveTemplate(ctx, inspection.checklistTemplateId, "body.results");
    for (const item of template.items) codes.add(item.code);
  }
  const unknown = input.results
    .map((r, index) => ({ path: `body.results.${index}.code`, code: r.code }))
    .filter((r) => !codes.has(r.code));
  if (unknown.length > 0) throw unknownChecklistItems(unknown);
  const tenantId = ctx.tenant.id;
  const at = ctx.now.toISOString();
  const rows = input.results.map((r) => ({
    tenantId,
    inspectionId: id,
    itemCode: r.code,
    result: r.result,
    note: r.note,
    updatedAt: at,
  }));
  await saveInspectionChange(ctx, inspection, {}, "inspection.checklist_recorded", {
    statements: [
      ctx.db
        .delete(inspectionChecklistResults)
        .where(inTenant(inspectionChecklistResults, tenantId, eq(inspectionChecklistResults.inspectionId, id))),
      ...(rows.length > 0 ? [ctx.db.insert(inspectionChecklistResults).values(rows)] : []),
    ],
    audit: { checklist: Object.fromEntries(input.results.map((r) => [r.code, [r.result, r.note]])) },
  });
  return getInspection(ctx, id);
}
