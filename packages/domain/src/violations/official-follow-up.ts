import { assertCan } from "../access/assert-can";
import { dueAfterWorkingDays, workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { assertRespondsFor, changeRecordOfficial } from "./change-record-official";
import { assertDecisionLawful } from "./lawful-decision";
import type { RecordDecision, RecordSignature, SubmitExplanation } from "./violation-input";
import type { ViolationRecord } from "./violation-view";

/** Working days an official has to explain themselves. */
export const EXPLANATION_WORKING_DAYS = 5;

/** issued → explanation_requested, due at the end of the 5th working day. */
export async function requestExplanation(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  return changeRecordOfficial(ctx, recordId, officialId, {
    action: "violation_record.explanation_requested",
    target: "explanation_requested",
    allowed: (o) => o.status === "issued",
    change: () => ({
      status: "explanation_requested",
      explanationDueAt: dueAfterWorkingDays(
        workingCalendar(ctx.tenant),
        ctx.now,
        EXPLANATION_WORKING_DAYS,
      ).toISOString(),
    }),
  });
}

/** An official's explanation, submitted by the head of their unit (or an inspector) → explanation_received. */
export async function submitExplanation(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
  input: SubmitExplanation,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:read");
  return changeRecordOfficial(ctx, recordId, officialId, {
    action: "violation_record.explanation_received",
    target: "explanation_received",
    authorize: (o) => assertRespondsFor(ctx, o.unitId),
    allowed: (o) => o.status === "issued" || o.status === "explanation_requested",
    change: () => ({
      status: "explanation_received",
      explanationText: input.text,
      explanationReceivedAt: ctx.now.toISOString(),
    }),
  });
}

/**
 * The decision for one official (no action, a reminder, or a disciplinary
 * form the rules in force on its date allow) → decided; see lawful-decision.ts.
 */
export async function recordDecision(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
  input: RecordDecision,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  return changeRecordOfficial(ctx, recordId, officialId, {
    action: "violation_record.decided",
    target: "decided",
    allowed: (o) =>
      o.status === "issued" || o.status === "explanation_requested" || o.status === "explanation_received",
    check: (o, record) => assertDecisionLawful(ctx, record, o, input),
    change: () => ({ status: "decided", ...input, decidedAt: ctx.now.toISOString() }),
  });
}

/** An official signed the record, or refused to (recorded with who witnessed the refusal); once only. */
export async function recordSignature(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
  input: RecordSignature,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  return changeRecordOfficial(ctx, recordId, officialId, {
    action: `violation_record.signature_${input.signature}`,
    recordStatuses: ["draft", "issued"],
    target: input.signature,
    allowed: (o) => o.signature === "pending",
    change: () => ({
      signature: input.signature,
      refusalWitnessedBy: input.signature === "refused" ? input.witnessedBy : null,
    }),
  });
}
