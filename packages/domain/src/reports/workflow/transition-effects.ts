import { inTenant, officials, reportOfficials, reports } from "@kycuong/db";
import { eq, inArray, ne } from "drizzle-orm";
import type { TenantContext } from "../../context";
import { invalidReference } from "../../errors";
import { assertUnitExists } from "../../units/references";
import { normalizeTrackingCode } from "../intake/report-codes";
import type { ReportRow } from "./load-report";
import type { ReportTransition } from "./transition-input";
import type { TransitionTarget } from "./transitions";

/** What a move does besides changing the status: checked references, columns, extra timeline entries. */
export interface TransitionEffect {
  changes: Partial<
    Pick<
      ReportRow,
      "assignedUnitId" | "dueAt" | "duplicateOfId" | "rejectionReason" | "finding" | "answer" | "resolvedAt"
    >
  >;
  /** Shown to the reporter under the status line (the rejection reason). */
  publicDetail?: string;
  /** The reply to the reporter: its own public timeline entry. */
  answer?: string;
  /** Staff-only context for the move (why it was reopened). */
  internalNote?: string;
  /** The officials concerned are replaced by `after` (a re-resolved report starts afresh). */
  officials?: { before: string[]; after: string[] };
}

type Effect<T extends TransitionTarget> = (
  ctx: TenantContext,
  report: ReportRow,
  input: Extract<ReportTransition, { to: T }>,
) => Promise<TransitionEffect>;

const none = async (): Promise<TransitionEffect> => ({ changes: {} });

export const transitionEffects: { [T in TransitionTarget]: Effect<T> } = {
  accepted: none,
  rejected: async (_ctx, _report, input) => ({
    changes: { rejectionReason: input.reason },
    publicDetail: `Lý do · Reason: ${input.reason}`,
  }),
  duplicate: async (ctx, report, input) => ({
    changes: { duplicateOfId: await otherReportId(ctx, report.id, input) },
  }),
  assigned: async (ctx, _report, input) => {
    await assertUnitExists(ctx, input.unitId, "body.unitId");
    return {
      changes: { assignedUnitId: input.unitId, ...(input.dueAt ? { dueAt: new Date(input.dueAt).toISOString() } : {}) },
    };
  },
  in_progress: none,
  resolved: async (ctx, report, input) => {
    await assertOfficialsExist(ctx, input.officialIds);
    const after = [...new Set(input.officialIds)];
    return {
      changes: { finding: input.finding, answer: input.answer, resolvedAt: ctx.now.toISOString() },
      answer: input.answer,
      officials: { before: await concernedOfficialIds(ctx, report.id), after },
    };
  },
  closed: none,
  reopened: async (_ctx, _report, input) => ({ changes: { resolvedAt: null }, internalNote: input.reason }),
};

export function effectOf(ctx: TenantContext, report: ReportRow, input: ReportTransition): Promise<TransitionEffect> {
  // The table is keyed by `to`, so each entry only ever receives its own variant.
  const effect = transitionEffects[input.to] as Effect<TransitionTarget>;
  return effect(ctx, report, input as never);
}

/** The earlier report's id, by id or tracking code: another report of this tenant, else 400. */
async function otherReportId(
  ctx: TenantContext,
  id: string,
  input: { duplicateOfId?: string; duplicateOfCode?: string },
): Promise<string> {
  const typed = input.duplicateOfCode;
  const code = typed === undefined ? undefined : (normalizeTrackingCode(typed) ?? typed);
  const [row] = await ctx.db
    .select({ id: reports.id })
    .from(reports)
    .where(
      inTenant(
        reports,
        ctx.tenant.id,
        code === undefined ? eq(reports.id, input.duplicateOfId ?? "") : eq(reports.trackingCode, code),
        ne(reports.id, id),
      ),
    )
    .limit(1);
  if (!row) {
    throw invalidReference(code === undefined ? "body.duplicateOfId" : "body.duplicateOfCode", "report");
  }
  return row.id;
}

async function assertOfficialsExist(ctx: TenantContext, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await ctx.db
    .select({ id: officials.id })
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, inArray(officials.id, ids)));
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.flatMap((id, index) => (found.has(id) ? [] : [index]));
  if (missing.length > 0) {
    throw invalidReference(
      missing.map((index) => `body.officialIds.${index}`),
      "official",
    );
  }
}

async function concernedOfficialIds(ctx: TenantContext, reportId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: reportOfficials.officialId })
    .from(reportOfficials)
    .where(inTenant(reportOfficials, ctx.tenant.id, eq(reportOfficials.reportId, reportId)));
  return rows.map((row) => row.id);
}
