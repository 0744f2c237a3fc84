import { correctiveReports } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { assertRespondsFor } from "./change-record-official";
import { viewRecord } from "./get-violation-record";
import { appendRecordEvent, readFollowUp } from "./record-events";
import { guardedRecordUpdate } from "./save-record-change";
import { correctiveReportExists, recordChanged, recordNotIssued } from "./violation-errors";
import type { SubmitCorrectiveReport } from "./violation-input";
import { findRecord, recordParts } from "./violation-query";
import type { ViolationRecord } from "./violation-view";

/** A unit's report of the corrective action it took after an issued record: one per unit named. */
export async function submitCorrectiveReport(
  ctx: TenantContext,
  recordId: string,
  input: SubmitCorrectiveReport,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:read");
  const record = await findRecord(ctx, recordId, "inspections:read");
  await assertRespondsFor(ctx, input.unitId);
  const parts = await recordParts(ctx, [recordId]);
  if (!(parts.officials.get(recordId) ?? []).some((o) => o.unitId === input.unitId)) {
    throw new DomainError(
      "invalid_reference",
      "Biên bản không nêu cán bộ nào của đơn vị này · The record names no official of this unit",
      [{ path: "body.unitId", message: "Không có trong biên bản · Not named in the record" }],
    );
  }
  if (record.status !== "issued") throw recordNotIssued(record.status);
  if ((parts.reports.get(recordId) ?? []).some((r) => r.unitId === input.unitId)) throw correctiveReportExists();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    recordId,
    unitId: input.unitId,
    body: input.body,
    submittedBy: ctx.actor.type === "user" ? ctx.actor.userId : "system",
    submittedAt: ctx.now.toISOString(),
  };
  const followUp = await readFollowUp(ctx, record);
  const event = await appendRecordEvent(
    ctx,
    { ...followUp, reports: [...followUp.reports, row] },
    { kind: "corrective_report_submitted", detail: row },
  );
  try {
    await writeGuarded(
      ctx,
      [
        ...guardedRecordUpdate(ctx, record, {}),
        ctx.db.insert(correctiveReports).values(row),
        event.insert,
        auditEntry(ctx, {
          tenantId: ctx.tenant.id,
          action: "violation_record.corrective_report_submitted",
          entityType: "violation_record",
          entityId: recordId,
          after: row,
        }),
      ],
      recordChanged,
    );
  } catch (error) {
    if (isUniqueReport(error)) throw correctiveReportExists();
    throw error;
  }
  return viewRecord(ctx, recordId);
}

function isUniqueReport(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed: corrective_reports/.test(e.message)) return true;
  }
  return false;
}
