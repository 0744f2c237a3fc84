import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { getInspection } from "./get-inspection";
import { illegalInspectionTransition } from "./inspection-errors";
import type { CompleteInspection } from "./inspection-input";
import { findInspection } from "./inspection-query";
import type { InspectionDetail, InspectionStatus } from "./inspection-view";
import { type InspectionChange, saveInspectionChange } from "./save-inspection-change";

/** The team arrives: `startedAt` is now. From then on a surprise inspection is visible to the inspected unit's head. */
export function startInspection(ctx: TenantContext, id: string): Promise<InspectionDetail> {
  return transitionInspection(ctx, id, "in_progress", { startedAt: ctx.now.toISOString() }, "inspection.started");
}

/** The team leaves: `endedAt` is now, with the overall findings. Only an inspection in progress. */
export function completeInspection(
  ctx: TenantContext,
  id: string,
  input: CompleteInspection,
): Promise<InspectionDetail> {
  return transitionInspection(
    ctx,
    id,
    "completed",
    { endedAt: ctx.now.toISOString(), findings: input.findings },
    "inspection.completed",
  );
}

/** Calls off a scheduled inspection or one in progress; it is kept, never deleted. */
export function cancelInspection(ctx: TenantContext, id: string): Promise<InspectionDetail> {
  return transitionInspection(ctx, id, "cancelled", {}, "inspection.cancelled");
}

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
  const { inspection } = await findInspection(ctx, id, "inspections:manage");
  if (!allowed[inspection.status].includes(to)) throw illegalInspectionTransition(inspection.status, to);
  await saveInspectionChange(ctx, inspection, { ...change, status: to }, action);
  return getInspection(ctx, id);
}
