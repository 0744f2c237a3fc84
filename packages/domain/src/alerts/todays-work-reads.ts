import {
  type Db,
  inspections,
  inspectionTeams,
  inTenant,
  reportCategories,
  reports,
  taskReminders,
  tasks,
  trackingBookEntries,
  units,
  violationRecordOfficials,
  violationRecords,
  violationTypes,
} from "@kycuong/db";
import { and, asc, count, desc, eq, exists, isNull, lt, type SQL, sql } from "drizzle-orm";

/** The whole count of what a limited list read found (a window function: counted before the LIMIT). */
const total = sql<number>`count(*) over ()`.mapWith(Number);

/**
 * The reads behind the sections that are not the digest's (see
 * todays-work.ts), each a bounded read on the tenant: a figure and the
 * first `limit` rows behind it come from one statement.
 */
export function todaysWorkReads(db: Db, tenantId: string) {
  const unitOf = (unitId: Parameters<typeof eq>[0]) => and(eq(units.id, unitId), eq(units.tenantId, tenantId));
  return {
    /** New reports nobody has taken up: the hotline's inbox, most urgent first (the digest's report rows). */
    inbox: (limit: number) =>
      db
        .select({
          id: reports.id,
          code: reports.trackingCode,
          category: reportCategories.nameVi,
          categoryCode: reports.categoryCode,
          unitId: reports.assignedUnitId,
          unitName: units.name,
          dueAt: reports.dueAt,
          total,
        })
        .from(reports)
        .leftJoin(units, unitOf(reports.assignedUnitId))
        .leftJoin(
          reportCategories,
          and(eq(reportCategories.tenantId, tenantId), eq(reportCategories.code, reports.categoryCode)),
        )
        .where(inTenant(reports, tenantId, eq(reports.status, "received"), isNull(reports.assignedUnitId)))
        .orderBy(asc(reports.dueAt), asc(reports.id))
        .limit(limit),

    /**
     * Open tasks past their deadline at `now`: their written reminders that count (not voided) so far, and
     * whether they have an entry in force (an annulled one does not keep the task out of the book).
     */
    overdueTaskReminders: (now: string) =>
      db
        .select({ taskId: tasks.id, reminders: count(taskReminders.id), bookEntryId: trackingBookEntries.id })
        .from(tasks)
        .leftJoin(
          taskReminders,
          and(
            eq(taskReminders.tenantId, tenantId),
            eq(taskReminders.taskId, tasks.id),
            isNull(taskReminders.voidedByEntryId),
          ),
        )
        .leftJoin(
          trackingBookEntries,
          and(
            eq(trackingBookEntries.tenantId, tenantId),
            eq(trackingBookEntries.taskId, tasks.id),
            isNull(trackingBookEntries.annulledAt),
          ),
        )
        .where(inTenant(tasks, tenantId, eq(tasks.status, "open"), lt(tasks.dueAt, now)))
        .groupBy(tasks.id, trackingBookEntries.id),

    /** Entries in force in one year's tracking book. */
    trackingBookCount: (year: number) =>
      db
        .select({ entries: count() })
        .from(trackingBookEntries)
        .where(
          inTenant(
            trackingBookEntries,
            tenantId,
            eq(trackingBookEntries.year, year),
            isNull(trackingBookEntries.annulledAt),
          ),
        ),

    /** Violation records (with their type's name), newest first: drafts, or issued records naming an official in `officialStatus`. */
    records: (
      limit: number,
      which: { status: "draft" } | { officialStatus: "explanation_requested" | "explanation_received" },
    ) =>
      db
        .select({
          id: violationRecords.id,
          typeName: violationTypes.nameVi,
          place: violationRecords.place,
          occurredAt: violationRecords.occurredAt,
          total,
        })
        .from(violationRecords)
        .leftJoin(
          violationTypes,
          and(eq(violationTypes.tenantId, tenantId), eq(violationTypes.code, violationRecords.typeCode)),
        )
        .where(inTenant(violationRecords, tenantId, recordCondition(db, tenantId, which)))
        .orderBy(desc(violationRecords.id))
        .limit(limit),

    /** Inspections under way, the longest running first. */
    inspectionsInProgress: (limit: number) =>
      db
        .select({
          id: inspections.id,
          kind: inspections.kind,
          teamName: inspectionTeams.name,
          startedAt: inspections.startedAt,
          total,
        })
        .from(inspections)
        .innerJoin(
          inspectionTeams,
          and(eq(inspectionTeams.id, inspections.teamId), eq(inspectionTeams.tenantId, tenantId)),
        )
        .where(inTenant(inspections, tenantId, eq(inspections.status, "in_progress")))
        .orderBy(asc(inspections.startedAt), asc(inspections.id))
        .limit(limit),
  };
}

function recordCondition(
  db: Db,
  tenantId: string,
  which: { status: "draft" } | { officialStatus: "explanation_requested" | "explanation_received" },
): SQL {
  if ("status" in which) return eq(violationRecords.status, which.status);
  return and(
    eq(violationRecords.status, "issued"),
    exists(
      db
        .select({ one: violationRecordOfficials.recordId })
        .from(violationRecordOfficials)
        .where(
          inTenant(
            violationRecordOfficials,
            tenantId,
            eq(violationRecordOfficials.recordId, violationRecords.id),
            eq(violationRecordOfficials.status, which.officialStatus),
          ),
        ),
    ),
  ) as SQL;
}
