import { violationRecordOfficials, violationRecords } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { viewRecord } from "./get-violation-record";
import type { CreateViolationRecord } from "./violation-input";
import { assertInspection, assertReport, assertViolationType, officialUnits } from "./violation-references";
import type { ViolationRecord } from "./violation-view";

/** A draft record naming one or more officials, each with their unit as it is now. */
export async function createViolationRecord(
  ctx: TenantContext,
  input: CreateViolationRecord,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  if (input.inspectionId) await assertInspection(ctx, input.inspectionId, "body.inspectionId");
  if (input.reportId) await assertReport(ctx, input.reportId, "body.reportId");
  await assertViolationType(ctx, input.typeCode, "body.typeCode");
  const unitsOf = await officialUnits(ctx, input.officialIds, "body.officialIds");
  const at = ctx.now.toISOString();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    inspectionId: input.inspectionId ?? null,
    reportId: input.reportId ?? null,
    typeCode: input.typeCode,
    occurredAt: new Date(input.occurredAt).toISOString(),
    place: input.place,
    description: input.description,
    witnesses: input.witnesses,
    status: "draft" as const,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const links = [...unitsOf].map(([officialId, unitId]) => ({
    tenantId: ctx.tenant.id,
    recordId: row.id,
    officialId,
    unitId,
    updatedAt: at,
  }));
  await ctx.db.batch([
    ctx.db.insert(violationRecords).values(row),
    ctx.db.insert(violationRecordOfficials).values(links),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "violation_record.created",
      entityType: "violation_record",
      entityId: row.id,
      after: { ...row, officialIds: [...unitsOf.keys()] },
    }),
  ]);
  return viewRecord(ctx, row.id);
}
