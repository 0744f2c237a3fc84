import { dialogueIssues, dialogueSessions, inTenant } from "@kycuong/db";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { TenantContext } from "../context";
import type { ConclusionCounts, OnTheSpotCounts } from "./dialogue-kpi-math";

export interface DialogueCounts extends OnTheSpotCounts {
  sessions: number;
  conclusions: ConclusionCounts;
}

/**
 * Counts the KPIs need, over the sessions matching `where`, in one query:
 * integers counted by the database, never summed from rates. "Now" is the
 * context's, so a frozen clock gives a reproducible answer.
 */
export async function countDialogueIssues(ctx: TenantContext, where: SQL | undefined): Promise<DialogueCounts> {
  const now = ctx.now.toISOString();
  const i = dialogueIssues;
  const assigned = sql`${i.outcome} = 'assigned'`;
  const resolved = sql`${i.conclusionStatus} = 'resolved'`;
  const count = (condition: SQL) =>
    sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);
  const [row] = await ctx.db
    .select({
      sessions: sql<number>`count(distinct ${dialogueSessions.id})`.mapWith(Number),
      pressingRaised: count(sql`${i.pressing} = 1`),
      pressingResolvedOnTheSpot: count(sql`${i.pressing} = 1 and ${i.outcome} = 'resolved_on_the_spot'`),
      total: count(assigned),
      resolvedWithinDeadline: count(sql`${assigned} and ${resolved} and ${i.resolvedAt} <= ${i.dueAt}`),
      due: count(sql`${assigned} and (${resolved} or ${i.dueAt} < ${now})`),
      openOverdue: count(sql`${assigned} and not ${resolved} and ${i.dueAt} < ${now}`),
    })
    .from(dialogueSessions)
    .leftJoin(i, and(eq(i.sessionId, dialogueSessions.id), eq(i.tenantId, dialogueSessions.tenantId)))
    .where(inTenant(dialogueSessions, ctx.tenant.id, where));
  const r = row ?? {
    sessions: 0,
    pressingRaised: 0,
    pressingResolvedOnTheSpot: 0,
    total: 0,
    resolvedWithinDeadline: 0,
    due: 0,
    openOverdue: 0,
  };
  return {
    sessions: r.sessions,
    pressingRaised: r.pressingRaised,
    pressingResolvedOnTheSpot: r.pressingResolvedOnTheSpot,
    conclusions: {
      total: r.total,
      resolvedWithinDeadline: r.resolvedWithinDeadline,
      due: r.due,
      openOverdue: r.openOverdue,
    },
  };
}
