import { type Role, units } from "@kycuong/db";
import { type SQL, sql } from "drizzle-orm";
import type { TenantContext } from "../context";

/** Whether these roles read every unit: any role but a unit head's does. */
export function seesAllUnits(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== "unit_head");
}

/**
 * The units the actor may see. `null` means "all of the tenant's units";
 * a unit head who holds no broader reading role sees only their own unit
 * and everything under it.
 */
export async function visibleUnitIds(ctx: TenantContext): Promise<string[] | null> {
  if (ctx.visibleUnits !== undefined) return ctx.visibleUnits;
  const actor = ctx.actor;
  if (actor.type !== "user") return null;
  if (seesAllUnits(actor.roles)) return null;
  if (!actor.unitId) return [];
  const rows = await ctx.db.all<{ id: string }>(unitSubtree(ctx.tenant.id, actor.unitId));
  return rows.map((row) => row.id);
}

/**
 * A unit and every unit under it, as a statement selecting their ids: read
 * it (`db.all(unitSubtree(…))`, also inside a batch) or filter on it
 * (`sql\`${column} in (${unitSubtree(…)})\``) without a round trip of its own.
 * The tenant and unit may be values or SQL that yields them (the console's
 * session load finds both from the session token, in the same batch).
 */
export function unitSubtree(tenantId: string | SQL, unitId: string | SQL): SQL {
  return sql`
    with recursive subtree(id) as (
      select ${units.id} from ${units} where ${units.tenantId} = ${tenantId} and ${units.id} = ${unitId}
      union
      select u.id from ${units} u join subtree s on u.parent_id = s.id where u.tenant_id = ${tenantId}
    )
    select id from subtree`;
}
