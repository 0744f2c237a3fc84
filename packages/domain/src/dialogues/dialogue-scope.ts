import { dialogueIssues, dialogueSessions, inTenant } from "@kycuong/db";
import { eq, exists, inArray, or, type SQL } from "drizzle-orm";
import { unitSubtree } from "../access/unit-scope";
import type { TenantContext } from "../context";

/**
 * Which sessions the actor may read, as a condition on `dialogue_sessions`:
 * `undefined` = all of the tenant's, `null` = none. A unit head sees the
 * sessions hosted in their subtree and those with a conclusion assigned to
 * it (they must be able to read the minutes of what they have to resolve);
 * a visible session is visible with all its issues. `visible` is what
 * `visibleUnitIds` answers for the permission the caller exercises.
 */
export function sessionScope(ctx: TenantContext, visible: string[] | null): SQL | undefined | null {
  if (visible === null) return undefined;
  if (visible.length === 0) return null;
  return or(
    inArray(dialogueSessions.hostUnitId, visible),
    exists(
      ctx.db
        .select({ id: dialogueIssues.id })
        .from(dialogueIssues)
        .where(
          inTenant(
            dialogueIssues,
            ctx.tenant.id,
            eq(dialogueIssues.sessionId, dialogueSessions.id),
            inArray(dialogueIssues.assignedUnitId, visible),
          ),
        ),
    ),
  );
}

/** A unit and everything under it; empty when the unit is not this tenant's. */
export async function unitSubtreeIds(ctx: TenantContext, unitId: string): Promise<string[]> {
  const rows = await ctx.db.all<{ id: string }>(unitSubtree(ctx.tenant.id, unitId));
  return rows.map((row) => row.id);
}
