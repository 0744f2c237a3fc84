import { units } from "@kycuong/db";
import { sql } from "drizzle-orm";
import type { TenantContext } from "../context";

/**
 * The units the actor may see. `null` means "all of the tenant's units";
 * a unit head who holds no broader reading role sees only their own unit
 * and everything under it.
 */
export async function visibleUnitIds(ctx: TenantContext): Promise<string[] | null> {
  const actor = ctx.actor;
  if (actor.type !== "user") return null;
  const broad = actor.roles.some((role) => role !== "unit_head");
  if (broad) return null;
  if (!actor.unitId) return [];
  const rows = await ctx.db.all<{ id: string }>(sql`
    with recursive subtree(id) as (
      select ${units.id} from ${units} where ${units.tenantId} = ${ctx.tenant.id} and ${units.id} = ${actor.unitId}
      union
      select u.id from ${units} u join subtree s on u.parent_id = s.id where u.tenant_id = ${ctx.tenant.id}
    )
    select id from subtree`);
  return rows.map((row) => row.id);
}
