import type { TenantContext } from "../context";
import type { Unit } from "./unit-view";
import { updateUnit } from "./update-unit";

/** Units are never deleted (reports, reminders and violations point at them); they are deactivated. */
export function deactivateUnit(ctx: TenantContext, id: string): Promise<Unit> {
  return updateUnit(ctx, id, { active: false }, "unit.deactivated");
}
