import { inTenant, violationRecordOfficials } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { rolesGrant } from "../access/permissions";
import { visibleUnitIds } from "../access/unit-scope";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { viewRecord } from "./get-violation-record";
import { appendRecordEvent, readFollowUp } from "./record-events";
import { guardedRecordUpdate } from "./save-record-change";
import {
  illegalViolationTransition,
  recordChanged,
  recordNotIssued,
  violationOfficialNotFound,
} from "./violation-errors";
import { findRecord, findRecordOfficial, type RecordOfficialRow, type RecordRow } from "./violation-query";
import type { ViolationRecord } from "./violation-view";

type OfficialChange = Partial<Omit<RecordOfficialRow, "tenantId" | "recordId" | "officialId" | "unitId">>;

/**
 * Inspectors (`inspections:manage`) act on any record; a unit head
 * (`violations:respond`) only for a unit of their own subtree.
 */
export async function assertRespondsFor(ctx: TenantContext, unitId: string): Promise<void> {
  const roles = ctx.actor.type === "user" ? ctx.actor.roles : [];
  if (rolesGrant(roles, "inspections:manage")) return;
  if (rolesGrant(roles, "violations:respond")) {
    const visible = await visibleUnitIds(ctx, "violations:respond");
    if (visible === null || visible.includes(unitId)) return;
  }
  throw new DomainError("forbidden", "Bạn không có quyền trả lời cho đơn vị này · You cannot answer for this unit");
}

/**
 * One step of one official's follow-up on an issued record: checks the move
 * is legal from where the official stands, then writes it with the record's
 * lost-update guard, the event that chains it (its kind is the audit action
 * without "violation_record.") and the audit entry in one batch. A new step
 * on one official (a period extension …) goes through here and is chained.
 */
export async function changeRecordOfficial(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
  step: {
    action: string;
    /** Record statuses the step is allowed in. */
    recordStatuses?: RecordRow["status"][];
    allowed: (official: RecordOfficialRow) => boolean;
    target: string;
    authorize?: (official: RecordOfficialRow) => Promise<void>;
    /** The law's conditions on the step, once it is a legal move (e.g. lawful-decision.ts). */
    check?: (official: RecordOfficialRow, record: RecordRow) => Promise<void>;
    change: (official: RecordOfficialRow) => OfficialChange;
  },
): Promise<ViolationRecord> {
  const record = await findRecord(ctx, recordId, "inspections:read");
  const official = await findRecordOfficial(ctx, recordId, officialId);
  if (!official) throw violationOfficialNotFound();
  await step.authorize?.(official);
  if (!(step.recordStatuses ?? ["issued"]).includes(record.status)) throw recordNotIssued(record.status);
  if (!step.allowed(official)) throw illegalViolationTransition(official.status ?? official.signature, step.target);
  await step.check?.(official, record);
  const change = { ...step.change(official), updatedAt: ctx.now.toISOString() };
  const followUp = await readFollowUp(ctx, record);
  const event = await appendRecordEvent(
    ctx,
    {
      ...followUp,
      officials: followUp.officials.map((o) => (o.officialId === officialId ? { ...o, ...change } : o)),
    },
    { kind: step.action.replace(/^violation_record\./, ""), detail: { officialId, ...change } },
  );
  await writeGuarded(
    ctx,
    [
      ...guardedRecordUpdate(ctx, record, {}),
      ctx.db
        .update(violationRecordOfficials)
        .set(change)
        .where(
          inTenant(
            violationRecordOfficials,
            ctx.tenant.id,
            and(eq(violationRecordOfficials.recordId, recordId), eq(violationRecordOfficials.officialId, officialId)),
          ),
        ),
      event.insert,
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: step.action,
        entityType: "violation_record",
        entityId: recordId,
        before: official,
        after: { ...official, ...change },
      }),
    ],
    recordChanged,
  );
  return viewRecord(ctx, recordId);
}
