import type { ReportStatus } from "@kycuong/db";
import type { Permission } from "../../access/permissions";
import { DomainError } from "../../errors";

/**
 * The report state machine as data: where a report may go from each status.
 * A move not listed here is refused with 409 `illegal_transition`, whoever
 * asks. `assigned → assigned` is a reassignment to another unit.
 */
export const allowedTransitions = {
  received: ["accepted", "rejected", "duplicate"],
  accepted: ["assigned", "rejected", "duplicate"],
  assigned: ["in_progress", "assigned"],
  in_progress: ["resolved"],
  resolved: ["closed", "reopened"],
  closed: ["reopened"],
  reopened: ["assigned", "in_progress"],
  rejected: [],
  duplicate: [],
} as const satisfies Record<ReportStatus, readonly ReportStatus[]>;

export type TransitionTarget = (typeof allowedTransitions)[ReportStatus][number];

export const transitionTargets = [
  "accepted",
  "rejected",
  "duplicate",
  "assigned",
  "in_progress",
  "resolved",
  "closed",
  "reopened",
] as const satisfies readonly TransitionTarget[];

/** Statuses in which a report no longer runs against its deadline. */
export const finishedStatuses = ["resolved", "closed", "rejected", "duplicate"] as const satisfies ReportStatus[];

interface TargetRule {
  /**
   * Triage decides what the hotline takes on and who handles it; the unit
   * doing the work (a unit head) may only move it through in_progress and
   * resolved.
   */
  permission: Permission;
  /** The line the reporter reads in their timeline, Vietnamese first. */
  publicMessage: string;
}

export const targetRules: Record<TransitionTarget, TargetRule> = {
  accepted: {
    permission: "reports:triage",
    publicMessage: "Phản ánh đã được tiếp nhận để xử lý · Your report has been accepted for handling",
  },
  rejected: {
    permission: "reports:triage",
    publicMessage: "Phản ánh không thuộc phạm vi giải quyết · Your report is outside what the hotline handles",
  },
  duplicate: {
    permission: "reports:triage",
    publicMessage:
      "Phản ánh trùng với một phản ánh đã có và được xử lý chung · Your report repeats an earlier one and is handled with it",
  },
  assigned: {
    permission: "reports:triage",
    publicMessage:
      "Phản ánh đã được chuyển đến đơn vị có trách nhiệm · Your report has been passed to the unit responsible",
  },
  in_progress: {
    permission: "reports:resolve",
    publicMessage: "Đơn vị đang xác minh, xử lý phản ánh · The unit is looking into your report",
  },
  resolved: {
    permission: "reports:resolve",
    publicMessage: "Phản ánh đã được giải quyết · Your report has been resolved",
  },
  closed: {
    permission: "reports:triage",
    publicMessage: "Hồ sơ phản ánh đã kết thúc · Your report is closed",
  },
  reopened: {
    permission: "reports:triage",
    publicMessage: "Phản ánh được mở lại để xem xét tiếp · Your report has been reopened for further review",
  },
};

export function isAllowed(from: ReportStatus, to: TransitionTarget): boolean {
  return (allowedTransitions[from] as readonly ReportStatus[]).includes(to);
}

export function illegalTransition(from: ReportStatus, to: TransitionTarget): DomainError {
  const allowed = allowedTransitions[from];
  return new DomainError(
    "illegal_transition",
    `Không thể chuyển phản ánh từ "${from}" sang "${to}" · A report cannot move from ${from} to ${to}` +
      (allowed.length > 0 ? ` (được phép · allowed: ${allowed.join(", ")})` : " (trạng thái cuối · a final status)"),
    [{ path: "body.to", message: `Không hợp lệ từ ${from} · Not allowed from ${from}` }],
  );
}

/** The moves someone may make now: allowed from the status and granted by their permissions (`can`). */
export function availableMoves(from: ReportStatus, can: (permission: Permission) => boolean): TransitionTarget[] {
  return (allowedTransitions[from] as readonly TransitionTarget[]).filter((to) => can(targetRules[to].permission));
}
