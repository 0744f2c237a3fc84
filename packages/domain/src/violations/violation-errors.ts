import { DomainError } from "../errors";

export function violationRecordNotFound(): DomainError {
  return new DomainError("violation_record_not_found", "Không tìm thấy biên bản vi phạm · Violation record not found");
}

export function violationOfficialNotFound(): DomainError {
  return new DomainError(
    "violation_official_not_found",
    "Biên bản không nêu tên cán bộ này · The record does not name this official",
  );
}

export function violationVersionNotFound(): DomainError {
  return new DomainError("violation_version_not_found", "Không có phiên bản này · No such version of the record");
}

export function recordNotDraft(status: string): DomainError {
  return new DomainError(
    "violation_record_not_draft",
    `Biên bản đã ${status === "closed" ? "kết thúc" : "ban hành"}; nội dung không thể sửa, chỉ có thể đính chính · The record is ${status}; its content can only be corrected, not edited`,
  );
}

export function recordNotIssued(status: string): DomainError {
  return new DomainError(
    "violation_record_not_issued",
    `Biên bản đang ở trạng thái ${status}; thao tác này chỉ dành cho biên bản đã ban hành · The record is ${status}; this needs an issued record`,
  );
}

export function illegalViolationTransition(from: string | null, to: string): DomainError {
  return new DomainError(
    "illegal_violation_transition",
    `Không thể chuyển từ ${from ?? "—"} sang ${to} · Cannot move from ${from ?? "—"} to ${to}`,
  );
}

export function recordChanged(): DomainError {
  return new DomainError(
    "violation_record_changed",
    "Biên bản vừa được người khác thay đổi; hãy tải lại rồi thử lại · The record was changed by someone else meanwhile; reload and try again",
  );
}

export function correctiveReportExists(): DomainError {
  return new DomainError(
    "corrective_report_exists",
    "Đơn vị này đã báo cáo khắc phục cho biên bản · This unit has already reported its corrective action for the record",
  );
}

export function disciplinaryPeriodExpired(endsOn: string): DomainError {
  return new DomainError(
    "disciplinary_period_expired",
    `Thời hạn xử lý kỷ luật đã hết ngày ${endsOn}: không thể áp dụng hình thức kỷ luật · The disciplinary period ended on ${endsOn}: no disciplinary form can be given`,
  );
}
