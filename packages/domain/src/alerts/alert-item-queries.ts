import {
  correctiveReports,
  type Db,
  dialogueIssues,
  dialogueSessions,
  inTenant,
  officials,
  reportCategories,
  reports,
  tasks,
  units,
  violationRecordOfficials,
  violationRecords,
  violationTypes,
} from "@kycuong/db";
import { and, asc, eq, gt, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteSelect } from "drizzle-orm/sqlite-core";

/** Report statuses that still wait for an answer: their deadline still bites. */
export const openReportStatuses = ["received", "accepted", "assigned", "in_progress", "reopened"] as const;
const openConclusionStatuses = ["assigned", "in_progress"] as const;

/**
 * Open items due after the digests' horizon, in some units (a statement
 * selecting unit ids, e.g. `unitSubtree(…)`), soonest first, at most
 * `limit` of each kind: what a unit head sees as "due later".
 */
export interface LaterWindow {
  after: string;
  units: SQL;
  limit: number;
}

/**
 * The five reads that find a tenant's open items due by `horizon` (an ISO
 * instant), one per area. Each is a range on an index that starts with
 * (tenant, status, due): open items due later are never read, so the cost
 * follows what is overdue, not what is open. Joined rows (units, officials,
 * categories, violation types: readers see names, never codes) are matched
 * on the same tenant as well.
 * Given a `LaterWindow` instead, the same reads find what is due after it.
 * Kept as builders so the benchmark can print their query plans.
 */
export function alertItemQueries(db: Db, tenantId: string, horizon: string | LaterWindow) {
  const unitOf = (unitId: Parameters<typeof eq>[0]) => and(eq(units.id, unitId), eq(units.tenantId, tenantId));
  const typeOf = (code: SQLiteColumn) => and(eq(violationTypes.tenantId, tenantId), eq(violationTypes.code, code));
  const dueIn = (due: SQLiteColumn, unit: SQLiteColumn) =>
    typeof horizon === "string" ? lte(due, horizon) : and(gt(due, horizon.after), sql`${unit} in (${horizon.units})`);
  // The digests read everything in their window; a later window only its soonest.
  const soonest = <Q extends SQLiteSelect>(query: Q, due: SQLiteColumn): Q =>
    typeof horizon === "string" ? query : query.orderBy(asc(due)).limit(horizon.limit);
  return {
    reports: soonest(
      db
        .select({
          id: reports.id,
          code: reports.trackingCode,
          category: reportCategories.nameVi,
          categoryCode: reports.categoryCode,
          unitId: reports.assignedUnitId,
          unitName: units.name,
          dueAt: reports.dueAt,
        })
        .from(reports)
        .leftJoin(units, unitOf(reports.assignedUnitId))
        .leftJoin(
          reportCategories,
          and(eq(reportCategories.tenantId, tenantId), eq(reportCategories.code, reports.categoryCode)),
        )
        .where(
          inTenant(
            reports,
            tenantId,
            inArray(reports.status, [...openReportStatuses]),
            dueIn(reports.dueAt, reports.assignedUnitId),
          ),
        )
        .$dynamic(),
      reports.dueAt,
    ),
    tasks: soonest(
      db
        .select({
          id: tasks.id,
          title: tasks.title,
          docNumber: tasks.sourceDocNumber,
          unitId: tasks.unitId,
          unitName: units.name,
          officialName: officials.fullName,
          dueAt: tasks.dueAt,
        })
        .from(tasks)
        .leftJoin(units, unitOf(tasks.unitId))
        .leftJoin(officials, and(eq(officials.id, tasks.officialId), eq(officials.tenantId, tenantId)))
        .where(inTenant(tasks, tenantId, eq(tasks.status, "open"), dueIn(tasks.dueAt, tasks.unitId)))
        .$dynamic(),
      tasks.dueAt,
    ),
    conclusions: soonest(
      db
        .select({
          id: dialogueIssues.id,
          sessionId: dialogueIssues.sessionId,
          heldOn: dialogueSessions.heldOn,
          place: dialogueSessions.place,
          conclusion: dialogueIssues.conclusion,
          content: dialogueIssues.content,
          unitId: dialogueIssues.assignedUnitId,
          unitName: units.name,
          dueAt: dialogueIssues.dueAt,
        })
        .from(dialogueIssues)
        .innerJoin(
          dialogueSessions,
          and(eq(dialogueSessions.id, dialogueIssues.sessionId), eq(dialogueSessions.tenantId, tenantId)),
        )
        .leftJoin(units, unitOf(dialogueIssues.assignedUnitId))
        .where(
          inTenant(
            dialogueIssues,
            tenantId,
            inArray(dialogueIssues.conclusionStatus, [...openConclusionStatuses]),
            dueIn(dialogueIssues.dueAt, dialogueIssues.assignedUnitId),
          ),
        )
        .$dynamic(),
      dialogueIssues.dueAt,
    ),
    // One row per (record, named unit) that has not sent its corrective report.
    correctives: soonest(
      db
        .selectDistinct({
          recordId: violationRecords.id,
          typeName: violationTypes.nameVi,
          place: violationRecords.place,
          occurredAt: violationRecords.occurredAt,
          unitId: violationRecordOfficials.unitId,
          unitName: units.name,
          dueAt: violationRecords.correctiveDueAt,
        })
        .from(violationRecords)
        .innerJoin(
          violationRecordOfficials,
          and(
            eq(violationRecordOfficials.tenantId, tenantId),
            eq(violationRecordOfficials.recordId, violationRecords.id),
          ),
        )
        .leftJoin(units, unitOf(violationRecordOfficials.unitId))
        .leftJoin(violationTypes, typeOf(violationRecords.typeCode))
        .leftJoin(
          correctiveReports,
          and(
            eq(correctiveReports.tenantId, tenantId),
            eq(correctiveReports.recordId, violationRecords.id),
            eq(correctiveReports.unitId, violationRecordOfficials.unitId),
          ),
        )
        .where(
          inTenant(
            violationRecords,
            tenantId,
            eq(violationRecords.status, "issued"),
            dueIn(violationRecords.correctiveDueAt, violationRecordOfficials.unitId),
            isNull(correctiveReports.id),
          ),
        )
        .$dynamic(),
      violationRecords.correctiveDueAt,
    ),
    explanations: soonest(
      db
        .select({
          recordId: violationRecordOfficials.recordId,
          officialId: violationRecordOfficials.officialId,
          officialName: officials.fullName,
          unitId: violationRecordOfficials.unitId,
          unitName: units.name,
          dueAt: violationRecordOfficials.explanationDueAt,
        })
        .from(violationRecordOfficials)
        .innerJoin(
          violationRecords,
          and(
            eq(violationRecords.tenantId, tenantId),
            eq(violationRecords.id, violationRecordOfficials.recordId),
            eq(violationRecords.status, "issued"),
          ),
        )
        .leftJoin(
          officials,
          and(eq(officials.id, violationRecordOfficials.officialId), eq(officials.tenantId, tenantId)),
        )
        .leftJoin(units, unitOf(violationRecordOfficials.unitId))
        .where(
          inTenant(
            violationRecordOfficials,
            tenantId,
            eq(violationRecordOfficials.status, "explanation_requested"),
            dueIn(violationRecordOfficials.explanationDueAt, violationRecordOfficials.unitId),
          ),
        )
        .$dynamic(),
      violationRecordOfficials.explanationDueAt,
    ),
  };
}

/**
 * Named officials of issued records with no decision yet whose record was
 * issued long enough ago that their disciplinary period (at least
 * `shortestDays` from the issue) may end by `horizon`: the caller computes
 * each period's exact end (violations/disciplinary-period.ts) and keeps those
 * ending by the horizon, including those that have already run out.
 */
export function disciplinaryPeriodQuery(db: Db, tenantId: string, horizon: Date, shortestDays: number) {
  // A day's slack: the period ends at the end of a local day, the cut-off is an instant.
  const issuedBy = new Date(horizon.getTime() - (shortestDays - 1) * 86_400_000).toISOString();
  return db
    .select({
      recordId: violationRecordOfficials.recordId,
      officialId: violationRecordOfficials.officialId,
      officialName: officials.fullName,
      unitId: violationRecordOfficials.unitId,
      unitName: units.name,
      issuedAt: violationRecords.issuedAt,
      periodDays: violationRecordOfficials.periodDays,
      periodExtensionReason: violationRecordOfficials.periodExtensionReason,
    })
    .from(violationRecordOfficials)
    .innerJoin(
      violationRecords,
      and(
        eq(violationRecords.tenantId, tenantId),
        eq(violationRecords.id, violationRecordOfficials.recordId),
        eq(violationRecords.status, "issued"),
        lte(violationRecords.issuedAt, issuedBy),
      ),
    )
    .leftJoin(officials, and(eq(officials.id, violationRecordOfficials.officialId), eq(officials.tenantId, tenantId)))
    .leftJoin(units, and(eq(units.id, violationRecordOfficials.unitId), eq(units.tenantId, tenantId)))
    .where(
      inTenant(
        violationRecordOfficials,
        tenantId,
        inArray(violationRecordOfficials.status, ["issued", "explanation_requested", "explanation_received"]),
      ),
    );
}
