import { dialogueSessions } from "@kycuong/db";
import { and, gte, inArray, lte } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { assertPeriod } from "../dialogues/dialogue-dates";
import { unitSubtreeIds } from "../dialogues/dialogue-scope";
import { LocalDate } from "../input/dates";
import { Id } from "../input/ids";
import { loadUnitRow, unitNotFound } from "../units/units";
import { countDialogueIssues } from "./dialogue-counts";
import { ConclusionsKpi, conclusionsKpi, OnTheSpotKpi, onTheSpotKpi } from "./dialogue-kpi-math";

const date = LocalDate;

export const DialogueKpiQuery = z.object({
  /** First local date of the period (inclusive), compared with the session's date. */
  from: date.optional(),
  /** Last local date of the period (inclusive). */
  to: date.optional(),
  /** Sessions hosted by this unit or any unit under it. */
  unit: Id.optional(),
});
export type DialogueKpiQuery = z.infer<typeof DialogueKpiQuery>;

export const PeriodDialogueKpi = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  unitId: z.string().nullable(),
  /** Sessions counted. */
  sessions: z.int(),
  onTheSpot: OnTheSpotKpi,
  conclusions: ConclusionsKpi,
  computedAt: z.string(),
});
export type PeriodDialogueKpi = z.infer<typeof PeriodDialogueKpi>;

/**
 * R5 and R6 over the sessions held in [from, to] (local dates, so a session
 * on 31 March is March's whatever the hour) and hosted in a unit subtree.
 * Counts are pooled, not averaged: 6/7 and 3/5 make 9/12, not the mean of
 * two rates. A unit head's answer covers only sessions hosted in their own
 * subtree; another unit answers 404 `unit_not_found`.
 */
export async function getPeriodDialogueKpi(ctx: TenantContext, query: DialogueKpiQuery): Promise<PeriodDialogueKpi> {
  assertCan(ctx, "discipline:read");
  assertPeriod(query.from, query.to);
  const visible = await visibleUnitIds(ctx, "discipline:read");
  const hosts = query.unit ? await unitSubtreeIds(ctx, (await kpiUnit(ctx, query.unit, visible)).id) : visible;
  const counts = await countDialogueIssues(
    ctx,
    and(
      query.from ? gte(dialogueSessions.heldOn, query.from) : undefined,
      query.to ? lte(dialogueSessions.heldOn, query.to) : undefined,
      hosts ? inArray(dialogueSessions.hostUnitId, hosts) : undefined,
    ),
  );
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    unitId: query.unit ?? null,
    sessions: counts.sessions,
    onTheSpot: onTheSpotKpi(counts, ctx.tenant.settings.onTheSpotTarget),
    conclusions: conclusionsKpi(counts.conclusions),
    computedAt: ctx.now.toISOString(),
  };
}

/**
 * The unit a KPI is asked for: 404 `unit_not_found` when it is missing,
 * another tenant's, or outside what the actor's `discipline:read` reaches
 * (reading the organisation more widely does not widen the KPI).
 */
async function kpiUnit(ctx: TenantContext, unitId: string, visible: string[] | null): Promise<{ id: string }> {
  if (visible && !visible.includes(unitId)) throw unitNotFound();
  return loadUnitRow(ctx, unitId);
}
