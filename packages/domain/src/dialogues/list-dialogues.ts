import { dialogueSessions, inTenant, units } from "@kycuong/db";
import { and, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { assertPeriod } from "./dialogue-dates";
import type { DialogueListQuery } from "./dialogue-input";
import { sessionScope, unitSubtreeIds } from "./dialogue-scope";
import { type DialogueSession, toDialogueSession } from "./dialogue-view";

/**
 * Sessions, latest held first (then latest recorded), within the actor's
 * scope. `hostUnitId` takes that unit's whole subtree, like the period KPI,
 * so a district office sees every commune's sessions under one unit.
 */
export async function listDialogues(
  ctx: TenantContext,
  query: DialogueListQuery & PageQuery,
): Promise<Page<DialogueSession>> {
  assertCan(ctx, "discipline:read");
  assertPeriod(query.from, query.to);
  const scope = sessionScope(ctx, await visibleUnitIds(ctx, "discipline:read"));
  if (scope === null) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor);
  const hosts = query.hostUnitId ? await unitSubtreeIds(ctx, query.hostUnitId) : undefined;
  const tenantId = ctx.tenant.id;
  const rows = await ctx.db
    .select({ session: dialogueSessions, host: { id: units.id, name: units.name } })
    .from(dialogueSessions)
    .innerJoin(units, and(eq(units.id, dialogueSessions.hostUnitId), eq(units.tenantId, dialogueSessions.tenantId)))
    .where(
      inTenant(
        dialogueSessions,
        tenantId,
        scope,
        query.from ? gte(dialogueSessions.heldOn, query.from) : undefined,
        query.to ? lte(dialogueSessions.heldOn, query.to) : undefined,
        hosts ? inArray(dialogueSessions.hostUnitId, hosts) : undefined,
        query.level ? eq(dialogueSessions.level, query.level) : undefined,
        // Continues after the cursor's row in (heldOn, id) order.
        after
          ? sql`(${dialogueSessions.heldOn}, ${dialogueSessions.id}) < (select c.held_on, c.id from ${dialogueSessions} c where c.tenant_id = ${tenantId} and c.id = ${after})`
          : undefined,
      ),
    )
    .orderBy(desc(dialogueSessions.heldOn), desc(dialogueSessions.id))
    .limit(query.limit + 1);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.session.id })),
    query.limit,
  );
  return { items: page.items.map((r) => toDialogueSession(r.session, r.host)), nextCursor: page.nextCursor };
}
