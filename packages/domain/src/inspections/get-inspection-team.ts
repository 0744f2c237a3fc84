import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { InspectionTeam } from "./inspection-view";
import { findTeam, withoutRow } from "./team-query";

export async function getInspectionTeam(ctx: TenantContext, id: string): Promise<InspectionTeam> {
  assertCan(ctx, "inspections:read");
  return withoutRow(await findTeam(ctx, id));
}
