import type { conclusionStatuses } from "@kycuong/db";
import { DomainError } from "../errors";

type ConclusionStatus = (typeof conclusionStatuses)[number];

/**
 * The conclusion's state machine as data. Work is started before it is
 * finished, so `assigned → resolved` takes two steps, and a resolved
 * conclusion stays resolved: the KPI counts it.
 */
export const conclusionTransitions = {
  assigned: ["in_progress"],
  in_progress: ["resolved"],
  resolved: [],
} as const satisfies Record<ConclusionStatus, readonly ConclusionStatus[]>;

export function isAllowedConclusionMove(from: ConclusionStatus | null, to: ConclusionStatus): boolean {
  return from !== null && (conclusionTransitions[from] as readonly ConclusionStatus[]).includes(to);
}

export function illegalConclusionMove(from: ConclusionStatus | null, to: ConclusionStatus): DomainError {
  const detail =
    from === null
      ? `Vấn đề này không có kết luận giao đơn vị xử lý · This issue has no conclusion assigned to a unit (→ ${to})`
      : `Không thể chuyển kết luận từ "${from}" sang "${to}" · A conclusion cannot move from ${from} to ${to}` +
        (conclusionTransitions[from].length > 0
          ? ` (được phép · allowed: ${conclusionTransitions[from].join(", ")})`
          : " (trạng thái cuối · a final status)");
  return new DomainError("illegal_conclusion_transition", detail, [
    { path: "body.to", message: `Không hợp lệ từ ${from ?? "—"} · Not allowed from ${from ?? "no conclusion"}` },
  ]);
}
