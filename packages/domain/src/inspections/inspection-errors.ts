import { DomainError } from "../errors";
import type { InspectionStatus } from "./inspection-view";

export function inspectionNotFound(): DomainError {
  return new DomainError("inspection_not_found", "Không tìm thấy cuộc kiểm tra · Inspection not found");
}

export function inspectionTeamNotFound(): DomainError {
  return new DomainError("inspection_team_not_found", "Không tìm thấy tổ kiểm tra · Inspection team not found");
}

export function illegalInspectionTransition(from: InspectionStatus, to: string): DomainError {
  return new DomainError(
    "illegal_inspection_transition",
    `Cuộc kiểm tra đang ở trạng thái ${from}, không thể chuyển sang ${to} · The inspection is ${from}; it cannot become ${to}`,
  );
}

export function inspectionChanged(): DomainError {
  return new DomainError(
    "inspection_changed",
    "Cuộc kiểm tra vừa được người khác thay đổi; hãy tải lại rồi thử lại · The inspection was changed by someone else meanwhile; reload it and try again",
  );
}

export function inspectionTeamChanged(): DomainError {
  return new DomainError(
    "inspection_team_changed",
    "Tổ kiểm tra vừa được người khác thay đổi; hãy tải lại rồi thử lại · The team was changed by someone else meanwhile; reload it and try again",
  );
}

export function unknownChecklistItems(paths: { path: string; code: string }[]): DomainError {
  return new DomainError(
    "unknown_checklist_item",
    "Mục kiểm tra không có trong mẫu của cuộc kiểm tra · A checklist item is not in the inspection's template",
    paths.map(({ path, code }) => ({ path, message: `Không có mục "${code}" · No item "${code}"` })),
  );
}

export function invalidInput(path: string, message: string): DomainError {
  return new DomainError("validation_failed", "Dữ liệu không hợp lệ · Invalid input", [{ path, message }]);
}

export function inspectionNotInProgress(status: string): DomainError {
  return new DomainError(
    "inspection_not_in_progress",
    `Chỉ ghi kết quả kiểm tra khi cuộc kiểm tra đang diễn ra (hiện: ${status}) · Checklist results are recorded only while the inspection is in progress (now ${status})`,
  );
}
