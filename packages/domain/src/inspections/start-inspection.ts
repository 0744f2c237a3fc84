import type { TenantContext } from "../context";
import type { InspectionDetail } from "./inspection-view";
import { transitionInspection } from "./transition-inspection";

/** The team arrives: `startedAt` is now. From then on a surprise inspection is visible to the inspected unit's head. */
export function startInspection(ctx: TenantContext, id: string): Promise<InspectionDetail> {
  return transitionInspection(ctx, id, "in_progress", { startedAt: ctx.now.toISOString() }, "inspection.started");
}
