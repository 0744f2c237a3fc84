import { reportChannels, type reportEvents, reportFindings, reportStatuses } from "@kycuong/db";
import { z } from "zod";
import {
  countedWithoutCalendar,
  type WorkingCalendar,
  workingCalendar,
  workingDaysLeft,
  workingDaysOverdue,
} from "../calendar/working-calendar";
import type { TenantRef } from "../context";
import { finishedStatuses } from "./workflow/transitions";

/** The unit a report is assigned to, named so a list needs no second look-up. */
const AssignedUnit = z.object({ id: z.string(), name: z.string() });

/** A report as a staff list shows it. */
export const ReportListItem = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    status: z.enum(reportStatuses),
    category: z.string(),
    channel: z.enum(reportChannels),
    unit: AssignedUnit.nullable(),
    dueAt: z.string(),
    /** Past its deadline and not yet resolved, closed, rejected or marked duplicate. */
    overdue: z.boolean(),
    /** Working days past the deadline by the tenant's calendar (weekends, holidays, swapped days); 0 when not overdue. */
    workingDaysOverdue: z.int(),
    /**
     * True when the deadline (or the days overdue) was counted through a year
     * the platform has no national calendar for: its holidays were not known,
     * so the figure may be early. See docs/hotline.md#deadlines.
     */
    deadlineCountedWithoutCalendar: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "ReportListItem" });
export type ReportListItem = z.infer<typeof ReportListItem>;

export const ReportEvent = z
  .object({
    id: z.string(),
    kind: z.enum(["status_changed", "reporter_message", "staff_note", "answer"]),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    /** False for staff notes: those never reach the reporter. */
    public: z.boolean(),
    body: z.string().nullable(),
    actor: z.object({ type: z.enum(["user", "system", "public"]), id: z.string().nullable() }),
    at: z.string(),
  })
  .meta({ id: "ReportEvent" });
export type ReportEvent = z.infer<typeof ReportEvent>;

export function toReportEvent(row: typeof reportEvents.$inferSelect): ReportEvent {
  return {
    id: row.id,
    kind: row.kind,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    public: row.public,
    body: row.body,
    actor: { type: row.actorType, id: row.actorId },
    at: row.at,
  };
}

export const ReportAttachment = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const ConcernedOfficial = z.object({
  id: z.string(),
  fullName: z.string(),
  unitId: z.string(),
  position: z.string().nullable(),
});

/** Everything staff see about one report: contact details, files, the whole timeline with internal notes. */
export const StaffReport = ReportListItem.extend({
  description: z.string(),
  /** What the reporter said about whom: a unit id from the directory and/or free text. */
  concerned: z.object({
    unitId: z.string().nullable(),
    unitText: z.string().nullable(),
    officialText: z.string().nullable(),
  }),
  occurredAt: z.string().nullable(),
  location: z.string().nullable(),
  /**
   * Who reported, for the roles that must call back (`reports:contact`);
   * null for everyone else, and the fields are null once erased after the
   * tenant's retention period (`erasedAt`).
   */
  reporter: z
    .object({
      name: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      consentToContact: z.boolean(),
    })
    .nullable(),
  /** When the reporter's contact details and the free text were erased at the end of the retention period. */
  erasedAt: z.string().nullable(),
  duplicateOfId: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  finding: z.enum(reportFindings).nullable(),
  answer: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  updatedAt: z.string(),
  attachments: z.array(ReportAttachment),
  timeline: z.array(ReportEvent),
  /** Officials the finding concerns, resolved by id: evidence for their scorecard. */
  officials: z.array(ConcernedOfficial),
}).meta({ id: "StaffReport" });
export type StaffReport = z.infer<typeof StaffReport>;

/** Overdue = past due and still open; the count of working days comes from the tenant's calendar. */
export function deadlineState(
  report: { status: string; dueAt: string },
  calendar: WorkingCalendar,
  now: Date,
): { overdue: boolean; workingDaysOverdue: number } {
  const open = !(finishedStatuses as readonly string[]).includes(report.status);
  const overdue = open && report.dueAt < now.toISOString();
  return { overdue, workingDaysOverdue: overdue ? workingDaysOverdue(calendar, new Date(report.dueAt), now) : 0 };
}

/** How a report stands against its deadline, as a badge says it: the digests' figures, the tenant's "due soon" horizon. */
export type ReportDeadline =
  | { state: "finished" }
  | { state: "overdue"; workingDaysOverdue: number }
  | { state: "soon" | "ok"; workingDaysLeft: number };

export function reportDeadline(
  report: { status: string; dueAt: string },
  tenant: Pick<TenantRef, "timezone" | "settings" | "calendar">,
  now: Date,
): ReportDeadline {
  if ((finishedStatuses as readonly string[]).includes(report.status)) return { state: "finished" };
  const calendar = workingCalendar(tenant);
  const due = new Date(report.dueAt);
  const { overdue, workingDaysOverdue } = deadlineState(report, calendar, now);
  if (overdue) return { state: "overdue", workingDaysOverdue };
  const left = workingDaysLeft(calendar, due, now);
  return { state: left <= tenant.settings.alertDueSoonWorkingDays ? "soon" : "ok", workingDaysLeft: left };
}

export function toReportListItem(
  row: {
    id: string;
    trackingCode: string;
    status: ReportListItem["status"];
    categoryCode: string;
    channel: ReportListItem["channel"];
    dueAt: string;
    createdAt: string;
  },
  unit: { id: string; name: string } | null,
  calendar: WorkingCalendar,
  now: Date,
): ReportListItem {
  const state = deadlineState(row, calendar, now);
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    status: row.status,
    category: row.categoryCode,
    channel: row.channel,
    unit,
    dueAt: row.dueAt,
    ...state,
    deadlineCountedWithoutCalendar: countedWithoutCalendar(
      calendar,
      new Date(row.createdAt),
      state.overdue ? now : new Date(row.dueAt),
    ),
    createdAt: row.createdAt,
  };
}
