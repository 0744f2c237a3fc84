import { dialogueSessions } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { loadDialogueRow } from "../dialogues/load-dialogue";
import { countDialogueIssues } from "./dialogue-counts";
import { ConclusionsKpi, conclusionsKpi, OnTheSpotKpi, onTheSpotKpi } from "./dialogue-kpi-math";

export const SessionDialogueKpi = z.object({
  sessionId: z.string(),
  heldOn: z.string(),
  onTheSpot: OnTheSpotKpi,
  conclusions: ConclusionsKpi,
  /** The moment "overdue" and "deadline passed" were judged at. */
  computedAt: z.string(),
});
export type SessionDialogueKpi = z.infer<typeof SessionDialogueKpi>;

/** R5 and R6 for one session, against the tenant's current target. */
export async function getDialogueKpi(ctx: TenantContext, sessionId: string): Promise<SessionDialogueKpi> {
  assertCan(ctx, "discipline:read");
  const session = await loadDialogueRow(ctx, sessionId, "discipline:read");
  const counts = await countDialogueIssues(ctx, eq(dialogueSessions.id, session.id));
  return {
    sessionId: session.id,
    heldOn: session.heldOn,
    onTheSpot: onTheSpotKpi(counts, ctx.tenant.settings.onTheSpotTarget),
    conclusions: conclusionsKpi(counts.conclusions),
    computedAt: ctx.now.toISOString(),
  };
}
