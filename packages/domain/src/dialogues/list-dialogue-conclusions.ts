import { dialogueIssues, dialogueSessions, inTenant, units } from "@kycuong/db";
import { and, asc, eq, gte, inArray, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { type DialogueConclusion, toDialogueIssue } from "./dialogue-view";
import type { ConclusionListQuery } from "./issue-input";

/**
 * Assigned conclusions across sessions, the nearest deadline first. A unit
 * head gets those assigned to their subtree only. The alerts job reads
 * overdue ones through this same verb (`overdue: "true"`).
 */
export async function listDialogueConclusions(
  ctx: TenantContext,
  query: ConclusionListQuery & PageQuery,
): Promise<Page<DialogueConclusion>> {
  assertCan(ctx, "discipline:read");
  const visible = await visibleUnitIds(ctx, "discipline:read");
  if (visible?.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor);
  const statuses = typeof query.status === "string" ? [query.status] : query.status;
  const tenantId = ctx.tenant.id;
  const rows = await ctx.db
    .select({
      issue: dialogueIssues,
      unit: { id: units.id, name: units.name },
      session: {
        id: dialogueSessions.id,
        heldOn: dialogueSessions.heldOn,
        place: dialogueSessions.place,
        hostUnitId: dialogueSessions.hostUnitId,
      },
    })
    .from(dialogueIssues)
    .innerJoin(
      dialogueSessions,
      and(eq(dialogueSessions.id, dialogueIssues.sessionId), eq(dialogueSessions.tenantId, dialogueIssues.tenantId)),
    )
    .leftJoin(units, and(eq(units.id, dialogueIssues.assignedUnitId), eq(units.tenantId, dialogueIssues.tenantId)))
    .where(
      inTenant(
        dialogueIssues,
        tenantId,
        eq(dialogueIssues.outcome, "assigned"),
        visible ? inArray(dialogueIssues.assignedUnitId, visible) : undefined,
        statuses ? inArray(dialogueIssues.conclusionStatus, statuses) : undefined,
        query.unitId ? eq(dialogueIssues.assignedUnitId, query.unitId) : undefined,
        query.sessionId ? eq(dialogueIssues.sessionId, query.sessionId) : undefined,
        query.overdue ? overdueCondition(query.overdue === "true", ctx.now) : undefined,
        // Continues after the cursor's row in (dueAt, id) order.
        after
          ? sql`(${dialogueIssues.dueAt}, ${dialogueIssues.id}) > (select c.due_at, c.id from ${dialogueIssues} c where c.tenant_id = ${tenantId} and c.id = ${after})`
          : undefined,
      ),
    )
    .orderBy(asc(dialogueIssues.dueAt), asc(dialogueIssues.id))
    .limit(query.limit + 1);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.issue.id })),
    query.limit,
  );
  return {
    items: page.items.map((r) => ({ ...toDialogueIssue(r.issue, r.unit, ctx.now), session: r.session })),
    nextCursor: page.nextCursor,
  };
}

/** Overdue = assigned, not resolved, and now is past the deadline (instants are comparable ISO text). */
function overdueCondition(wanted: boolean, now: Date): SQL | undefined {
  const at = now.toISOString();
  const overdue = and(lt(dialogueIssues.dueAt, at), ne(dialogueIssues.conclusionStatus, "resolved"));
  return wanted ? overdue : or(gte(dialogueIssues.dueAt, at), eq(dialogueIssues.conclusionStatus, "resolved"));
}
