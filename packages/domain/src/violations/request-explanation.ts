import { assertCan } from "../access/assert-can";
import { dueAfterWorkingDays, workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { changeRecordOfficial } from "./change-record-official";
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
