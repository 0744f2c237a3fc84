import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { changeRecordOfficial } from "./change-record-official";
import type { RecordDecision } from "./violation-input";
import type { ViolationRecord } from "./violation-view";

/** The decision for one official (no action, reminder, or a Decree 112/2020 form) → decided. */
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
    change: () => ({ status: "decided", ...input, decidedAt: ctx.now.toISOString() }),
  });
}
