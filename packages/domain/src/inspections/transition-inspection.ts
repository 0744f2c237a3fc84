import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { getInspection } from "./get-inspection";
import { illegalInspectionTransition } from "./inspection-errors";
import { findInspection } from "./inspection-query";
import type { InspectionDetail, InspectionStatus } from "./inspection-view";
import { type InspectionChange, saveInspectionChange } from "./save-inspection-change";

/** scheduled → in_progress → completed; scheduled or in_progress → cancelled. */
const allowed: Record<InspectionStatus, readonly InspectionStatus[]> = {
  scheduled: ["in_progress", "cancelled"],
  in_progress: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

export async function transitionInspection(
  ctx: TenantContext,
  id: string,
  to: InspectionStatus,
  change: InspectionChange,
  action: string,
): Promise<InspectionDetail> {
  assertCan(ctx, "inspections:manage");
  const { inspection } = await findInspection(ctx, id);
  if (!allowed[inspection.status].includes(to)) throw illegalInspectionTransition(inspection.status, to);
  await saveInspectionChange(ctx, inspection, { ...change, status: to }, action);
  return getInspection(ctx, id);
}
