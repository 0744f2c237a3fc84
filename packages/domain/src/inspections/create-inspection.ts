import { inspections, inspectionTargets } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { getInspection } from "./get-inspection";
import type { CreateInspection } from "./inspection-input";
import { assertActiveTeam, assertActiveUnits, findActiveTemplate } from "./inspection-references";
import type { InspectionDetail } from "./inspection-view";

/**
 * Records a planned inspection (scheduled) or a surprise one: scheduled, or
 * already in progress when the team starts it on arrival (`startNow`).
 */
export async function createInspection(ctx: TenantContext, input: CreateInspection): Promise<InspectionDetail> {
  assertCan(ctx, "inspections:manage");
  await assertActiveTeam(ctx, input.teamId, "body.teamId");
  const targetUnitIds = [...new Set(input.targetUnitIds)];
  await assertActiveUnits(ctx, targetUnitIds, "body.targetUnitIds");
  if (input.checklistTemplateId) await findActiveTemplate(ctx, input.checklistTemplateId, "body.checklistTemplateId");
  const at = ctx.now.toISOString();
  const tenantId = ctx.tenant.id;
  const startNow = input.kind === "surprise" && input.startNow;
  const row = {
    id: newId(ctx.now),
    tenantId,
    teamId: input.teamId,
    kind: input.kind,
    status: startNow ? ("in_progress" as const) : ("scheduled" as const),
    scheduledAt: input.scheduledAt ? new Date(input.scheduledAt).toISOString() : null,
    startedAt: startNow ? at : null,
    endedAt: null,
    checklistTemplateId: input.checklistTemplateId,
    findings: null,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.batch([
    ctx.db.insert(inspections).values(row),
    ctx.db
      .insert(inspectionTargets)
      .values(targetUnitIds.map((unitId) => ({ tenantId, inspectionId: row.id, unitId }))),
    auditEntry(ctx, {
      tenantId,
      action: "inspection.created",
      entityType: "inspection",
      entityId: row.id,
      after: { ...row, targetUnitIds },
    }),
  ]);
  return getInspection(ctx, row.id);
}
