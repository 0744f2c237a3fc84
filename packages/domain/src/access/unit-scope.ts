import { type Role, units } from "@kycuong/db";
import { type SQL, sql } from "drizzle-orm";
import type { TenantContext } from "../context";
import { type Permission, rolesGrant } from "./permissions";

/**
 * How far one permission reaches for the acting user. Each permission keeps
 * the reach of the role that grants it: a permission some role other than
 * `unit_head` grants reaches the whole tenant; one only `unit_head` grants
 * stays inside the head's own unit subtree, whatever else the user holds.
 */
export interface UnitReach {
  /** The units whose items the permission reaches; null: every unit of the tenant; empty: none. */
  units: string[] | null;
  /**
   * The units whose pending inspection work is kept from the actor: those
   * they head (their unit's subtree), unless they run inspections themselves
   * (`inspections:manage`). A surprise inspection before the team arrives
   * and a draft violation record stay hidden from whoever heads the unit
   * concerned, even with a tenant-wide reading role besides.
   */
  keptFrom: string[];
}

/** Whether a role other than `unit_head` grants the permission: its reach is then the whole tenant. */
function grantedTenantWide(roles: readonly Role[], permission: Permission): boolean {
  return rolesGrant(
    roles.filter((role) => role !== "unit_head"),
    permission,
  );
}

/** The actor's reach for `permission` (reads the head's subtree unless the context already carries it). */
export async function unitReach(ctx: TenantContext, permission: Permission): Promise<UnitReach> {
  const actor = ctx.actor;
  if (actor.type !== "user") return { units: null, keptFrom: [] };
  const headed = actor.roles.includes("unit_head") ? await headedUnits(ctx) : [];
  const keptFrom = rolesGrant(actor.roles, "inspections:manage") ? [] : headed;
  if (grantedTenantWide(actor.roles, permission)) return { units: null, keptFrom };
  return { units: rolesGrant(actor.roles, permission) ? headed : [], keptFrom };
}

/** The units `permission` reaches for the actor: null means all of the tenant's units, empty none. */
export async function visibleUnitIds(ctx: TenantContext, permission: Permission): Promise<string[] | null> {
  return (await unitReach(ctx, permission)).units;
}

/** Whether the actor holds `permission` and it reaches an item of `unitId` (null: an item of no unit). */
export async function reaches(ctx: TenantContext, permission: Permission, unitId: string | null): Promise<boolean> {
  if (ctx.actor.type === "user" && !rolesGrant(ctx.actor.roles, permission)) return false;
  const units = await visibleUnitIds(ctx, permission);
  return units === null || (unitId !== null && units.includes(unitId));
}

/** Subtrees read for a context, so a verb that loads twice (a write, then its answer) reads once. */
const readSubtrees = new WeakMap<TenantContext, Promise<string[]>>();

function headedUnits(ctx: TenantContext): Promise<string[]> {
  if (ctx.unitSubtree !== undefined) return Promise.resolve(ctx.unitSubtree);
  const actor = ctx.actor;
  if (actor.type !== "user" || !actor.unitId) return Promise.resolve([]);
  const unitId = actor.unitId;
  let read = readSubtrees.get(ctx);
  if (!read) {
    read = ctx.db.all<{ id: string }>(unitSubtree(ctx.tenant.id, unitId)).then((rows) => rows.map((row) => row.id));
    readSubtrees.set(ctx, read);
  }
  return read;
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
