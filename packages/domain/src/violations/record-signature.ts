import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { changeRecordOfficial } from "./change-record-official";
import type { RecordSignature } from "./violation-input";
import type { ViolationRecord } from "./violation-view";

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
