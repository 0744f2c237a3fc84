import type { TenantContext } from "../context";
import type { InspectionDetail } from "./inspection-view";
import { transitionInspection } from "./transition-inspection";

/** Calls off a scheduled inspection or one in progress; it is kept, never deleted. */
export function cancelInspection(ctx: TenantContext, id: string): Promise<InspectionDetail> {
  return transitionInspection(ctx, id, "cancelled", {}, "inspection.cancelled");
}
