import { inTenant, violationRecordOfficials } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { writeGuarded } from "../guarded-write";
import { viewRecord } from "./get-violation-record";
import { guardedRecordUpdate } from "./save-record-change";
import { recordChanged, recordNotDraft } from "./violation-errors";
import type { UpdateViolationRecord } from "./violation-input";
import { findRecord } from "./violation-query";
import { assertViolationType, officialUnits } from "./violation-references";
import type { ViolationRecord } from "./violation-view";

/** Edits a draft; once issued the content is immutable (409 `violation_record_not_draft`): correct it instead. */
export async function updateViolationRecord(
  ctx: TenantContext,
  id: string,
  input: UpdateViolationRecord,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  const before = await findRecord(ctx, id, "inspections:manage");
  if (before.status !== "draft") throw recordNotDraft(before.status);
  if (input.typeCode) await assertViolationType(ctx, input.typeCode, "body.typeCode");
  const { officialIds, ...fields } = input;
  const unitsOf = officialIds ? await officialUnits(ctx, officialIds, "body.officialIds") : null;
  const change = { ...fields, ...(fields.occurredAt ? { occurredAt: new Date(fields.occurredAt).toISOString() } : {}) };
  const at = ctx.now.toISOString();
  const officialStatements = unitsOf
    ? [
        ctx.db
          .delete(violationRecordOfficials)
          .where(inTenant(violationRecordOfficials, ctx.tenant.id, eq(violationRecordOfficials.recordId, id))),
        ctx.db.insert(violationRecordOfficials).values(
          [...unitsOf].map(([officialId, unitId]) => ({
            tenantId: ctx.tenant.id,
            recordId: id,
            officialId,
            unitId,
            updatedAt: at,
          })),
        ),
      ]
    : [];
  await writeGuarded(
    ctx,
    [
      ...guardedRecordUpdate(ctx, before, change),
      ...officialStatements,
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "violation_record.updated",
        entityType: "violation_record",
        entityId: id,
        before,
        after: { ...before, ...change, ...(unitsOf ? { officialIds: [...unitsOf.keys()] } : {}) },
      }),
    ],
    recordChanged,
  );
  return viewRecord(ctx, id);
}
