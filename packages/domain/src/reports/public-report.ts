import { type ReportStatus, reportStatuses } from "@kycuong/db";
import { z } from "zod";

/** One entry of the reporter's timeline: status changes, their own messages, the answer. */
export const PublicTimelineEntry = z
  .object({
    at: z.string(),
    kind: z.enum(["status_changed", "reporter_message", "answer"]),
    status: z.enum(reportStatuses).optional(),
    message: z.string().optional(),
  })
  .meta({ id: "PublicTimelineEntry" });
export type PublicTimelineEntry = z.infer<typeof PublicTimelineEntry>;

/**
 * A report as the person holding its receipt sees it. Built field by field
 * from what is public: never the reporter's contact details (the receipt
 * holder may not be the reporter), the client hash, internal notes, the
 * assigned unit's staff or the officials named by staff.
 */
export const PublicReport = z
  .object({
    trackingCode: z.string(),
    status: z.enum(reportStatuses),
    category: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
    createdAt: z.string(),
    dueAt: z.string(),
    timeline: z.array(PublicTimelineEntry),
    /** The reply, once the report is resolved or closed. */
    answer: z.string().nullable(),
    /** Why it was turned down, when it was rejected. */
    rejectionReason: z.string().nullable(),
  })
  .meta({ id: "PublicReport" });
export type PublicReport = z.infer<typeof PublicReport>;

export interface PublicReportSource {
  trackingCode: string;
  status: ReportStatus;
  categoryCode: string;
  categoryNameVi: string | null;
  categoryNameEn: string | null;
  createdAt: string;
  dueAt: string;
  answer: string | null;
  rejectionReason: string | null;
}

export interface PublicEventSource {
  at: string;
  kind: "status_changed" | "reporter_message" | "staff_note" | "answer";
  toStatus: string | null;
  body: string | null;
  public: boolean;
}

const answered: ReadonlySet<ReportStatus> = new Set(["resolved", "closed"]);

export function toPublicReport(report: PublicReportSource, events: readonly PublicEventSource[]): PublicReport {
  return {
    trackingCode: report.trackingCode,
    status: report.status,
    category: {
      code: report.categoryCode,
      nameVi: report.categoryNameVi ?? report.categoryCode,
      nameEn: report.categoryNameEn ?? report.categoryCode,
    },
    createdAt: report.createdAt,
    dueAt: report.dueAt,
    timeline: events.flatMap(toPublicEntry),
    answer: answered.has(report.status) ? report.answer : null,
    rejectionReason: report.status === "rejected" ? report.rejectionReason : null,
  };
}

/** A staff note stays internal even if a row were ever marked public by mistake. */
export function toPublicEntry(event: PublicEventSource): PublicTimelineEntry[] {
  if (!event.public || event.kind === "staff_note") return [];
  const status = reportStatuses.find((s) => s === event.toStatus);
  return [
    {
      at: event.at,
      kind: event.kind,
      ...(event.kind === "status_changed" && status ? { status } : {}),
      ...(event.body ? { message: event.body } : {}),
    },
  ];
}
