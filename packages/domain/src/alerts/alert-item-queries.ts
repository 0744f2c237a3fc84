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
} from "@kycuong/db";
import { and, eq, inArray, isNull, lte } from "drizzle-orm";

/** Report statuses that still wait for an answer: their deadline still bites. */
export const openReportStatuses = ["received", "accepted", "assigned", "in_progress", "reopened"] as const;
const openConclusionStatuses = ["assigned", "in_progress"] as const;

/**
 * The five reads that find a tenant's open items due by `horizon` (an ISO
 * instant), one per area. Each is a range on an index that starts with
 * (tenant, status, due): open items due later are never read, so the cost
 * follows what is overdue, not what is open. Joined rows (units, officials,
 * categories) are matched on the same tenant as well.
 * Kept as builders so the benchmark can print their query plans.
 */
export function alertItemQueries(db: Db, tenantId: string, horizon: string) {
  const unitOf = (unitId: Parameters<typeof eq>[0]) => and(eq(units.id, unitId), eq(units.tenantId, tenantId));
  return {
    reports: db
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
        inTenant(reports, tenantId, inArray(reports.status, [...openReportStatuses]), lte(reports.dueAt, horizon)),
      ),
    tasks: db
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
      .where(inTenant(tasks, tenantId, eq(tasks.status, "open"), lte(tasks.dueAt, horizon))),
    conclusions: db
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
          lte(dialogueIssues.dueAt, horizon),
        ),
      ),
    // One row per (record, named unit) that has not sent its corrective report.
    correctives: db
      .selectDistinct({
        recordId: violationRecords.id,
        typeCode: violationRecords.typeCode,
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
          lte(violationRecords.correctiveDueAt, horizon),
          isNull(correctiveReports.id),
        ),
      ),
    explanations: db
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
      .leftJoin(officials, and(eq(officials.id, violationRecordOfficials.officialId), eq(officials.tenantId, tenantId)))
      .leftJoin(units, unitOf(violationRecordOfficials.unitId))
      .where(
        inTenant(
          violationRecordOfficials,
          tenantId,
          eq(violationRecordOfficials.status, "explanation_requested"),
          lte(violationRecordOfficials.explanationDueAt, horizon),
        ),
      ),
  };
}
