import { guardedUpdate, inTenant, reportEvents, reportOfficials, reports } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { assertCan } from "../../access/assert-can";
import { auditEntry } from "../../audit/audit-entry";
import type { LinkBase } from "../../auth/password-links";
import type { TenantContext } from "../../context";
import { newId } from "../../context/ids";
import { DomainError } from "../../errors";
import { writeGuarded } from "../../guarded-write";
import type { StaffReport } from "../staff-report";
import { answerEmailStatement } from "./answer-email";
import { getReport } from "./get-report";
import { loadReportRow, type ReportRow } from "./load-report";
import { effectOf, type TransitionEffect } from "./transition-effects";
import type { ReportTransition } from "./transition-input";
import { illegalTransition, isAllowed, targetRules } from "./transitions";

/**
 * Moves a report to another status. The report update, its timeline
 * entries, the officials concerned and the audit entry go to the database
 * in one batch. The update only matches the version that was read, so of
 * two staff acting on one report at once exactly one wins; the other gets
 * 409 `report_changed` and nothing of theirs is written.
 */
export async function transitionReport(
  ctx: TenantContext,
  id: string,
  input: ReportTransition,
  options: TransitionOptions = {},
): Promise<StaffReport> {
  // Permission first: a refused role learns nothing about which reports exist.
  const permission = targetRules[input.to].permission;
  assertCan(ctx, permission);
  const report = await loadReportRow(ctx, id, permission);
  if (options.expectedVersion !== undefined && options.expectedVersion !== report.updatedAt) throw reportChanged();
  if (!isAllowed(report.status, input.to)) throw illegalTransition(report.status, input.to);
  const effect = await effectOf(ctx, report, input);
  await writeGuarded(ctx, statements(ctx, report, input, effect, options.linkBase), reportChanged);
  return getReport(ctx, id);
}

export interface TransitionOptions {
  /**
   * Where the reporter's answer email links to (the status page); without
   * it the email still goes, with no link. See `answerEmailStatement`.
   */
  linkBase?: LinkBase;
  /**
   * The report's `updatedAt` as the person acting saw it (a console form
   * carries it): when the report changed since, nothing is written and the
   * answer is 409 `report_changed`, even if the move would still be allowed
   * (two officers assigning the same report from the same page).
   */
  expectedVersion?: string;
}

function statements(
  ctx: TenantContext,
  report: ReportRow,
  input: ReportTransition,
  effect: TransitionEffect,
  linkBase: LinkBase | undefined,
): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const tenantId = ctx.tenant.id;
  const at = ctx.now.toISOString();
  const changes = { ...effect.changes, status: input.to, updatedAt: at };
  const actorId = ctx.actor.type === "user" ? ctx.actor.userId : null;
  // Sorted so that entries written in the same millisecond keep this order in the timeline.
  const [statusId, answerId, noteId] = [newId(ctx.now), newId(ctx.now), newId(ctx.now)].sort() as [
    string,
    string,
    string,
  ];
  const event = { tenantId, reportId: report.id, actorType: "user" as const, actorId, at };
  const events = [
    {
      ...event,
      id: statusId,
      kind: "status_changed" as const,
      fromStatus: report.status,
      toStatus: input.to,
      public: true,
      body: [targetRules[input.to].publicMessage, effect.publicDetail].filter(Boolean).join("\n"),
    },
    ...(effect.answer ? [{ ...event, id: answerId, kind: "answer" as const, public: true, body: effect.answer }] : []),
    ...(effect.internalNote
      ? [{ ...event, id: noteId, kind: "staff_note" as const, public: false, body: effect.internalNote }]
      : []),
  ];
  const officials = effect.officials;
  return [
    ...guardedUpdate(ctx.db, {
      table: reports,
      row: { tenantId, id: report.id },
      read: { status: report.status, updatedAt: report.updatedAt },
      set: changes,
    }),
    ...(officials
      ? [
          ctx.db
            .delete(reportOfficials)
            .where(inTenant(reportOfficials, tenantId, eq(reportOfficials.reportId, report.id))),
          ...(officials.after.length > 0
            ? [
                ctx.db
                  .insert(reportOfficials)
                  .values(officials.after.map((officialId) => ({ tenantId, reportId: report.id, officialId }))),
              ]
            : []),
        ]
      : []),
    ctx.db.insert(reportEvents).values(events),
    ...answerEmailStatement(
      ctx,
      report,
      {
        to: input.to,
        eventId: statusId,
        answer: effect.answer,
        reason: input.to === "rejected" ? input.reason : undefined,
      },
      linkBase,
    ),
    auditEntry(ctx, {
      tenantId,
      action: `report.${input.to}`,
      entityType: "report",
      entityId: report.id,
      before: { ...report, ...(officials ? { officialIds: officials.before } : {}) },
      after: { ...report, ...changes, ...(officials ? { officialIds: officials.after } : {}) },
    }),
  ];
}

function reportChanged(): DomainError {
  return new DomainError(
    "report_changed",
    "Phản ánh vừa được người khác thay đổi; hãy tải lại rồi thử lại · The report was changed by someone else meanwhile; reload it and try again",
  );
}
