import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { assertRespondsFor, changeRecordOfficial } from "./change-record-official";
import type { SubmitExplanation } from "./violation-input";
import type { ViolationRecord } from "./violation-view";

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
