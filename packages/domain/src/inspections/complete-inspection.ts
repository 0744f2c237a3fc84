import type { TenantContext } from "../context";
import type { CompleteInspection } from "./inspection-input";
import type { InspectionDetail } from "./inspection-view";
import { transitionInspection } from "./transition-inspection";

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
