import type { ReportStatus } from "@kycuong/db";
import { finishedStatuses } from "../reports/workflow/transitions";

/** GeoReport v2 knows two statuses; ours map onto them. */
export const open311Statuses = ["open", "closed"] as const;
export type Open311Status = (typeof open311Statuses)[number];

/** The languages an Open311 answer speaks (`?lang=`); Vietnamese unless asked otherwise. */
export const open311Langs = ["vi", "en"] as const;
export type Open311Lang = (typeof open311Langs)[number];

/**
 * A report stops being "open" when it no longer runs against its deadline:
 * resolved, closed, rejected or merged into another (duplicate).
 */
export const closedReportStatuses: readonly ReportStatus[] = finishedStatuses;

const closed: ReadonlySet<ReportStatus> = new Set(closedReportStatuses);

export function toOpen311Status(status: ReportStatus): Open311Status {
  return closed.has(status) ? "closed" : "open";
}

/**
 * Fixed wording per status, never text staff wrote: the rejection reason
 * and the answer may name people or repeat the report, and anyone can read
 * an Open311 list. The reporter reads those with their receipt.
 */
const notes: Record<ReportStatus, Record<Open311Lang, string>> = {
  received: { vi: "Đã ghi nhận, đang chờ phân loại", en: "Received, awaiting review" },
  accepted: { vi: "Đã tiếp nhận để xử lý", en: "Accepted for handling" },
  rejected: { vi: "Không thuộc phạm vi giải quyết của đường dây nóng", en: "Outside what the hotline handles" },
  duplicate: { vi: "Trùng với một phản ánh đã có và được xử lý chung", en: "Handled together with an earlier report" },
  assigned: { vi: "Đã chuyển đến đơn vị có trách nhiệm", en: "Passed to the unit responsible" },
  in_progress: { vi: "Đơn vị đang xác minh, xử lý", en: "The unit is looking into it" },
  resolved: {
    vi: "Đã giải quyết; người phản ánh xem câu trả lời bằng mã biên nhận",
    en: "Resolved; the reporter reads the answer with their receipt",
  },
  closed: { vi: "Đã kết thúc", en: "Closed" },
  reopened: { vi: "Được mở lại để xem xét tiếp", en: "Reopened for further review" },
};

export function open311StatusNotes(status: ReportStatus, lang: Open311Lang): string {
  return notes[status][lang];
}
