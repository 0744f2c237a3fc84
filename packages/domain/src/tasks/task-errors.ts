import type { TaskStatus } from "@kycuong/db";
import { DomainError } from "../errors";

export function taskNotFound(): DomainError {
  return new DomainError("task_not_found", "Không tìm thấy nhiệm vụ · Task not found");
}

export function taskNotOpen(status: TaskStatus): DomainError {
  const vi = status === "done" ? "đã hoàn thành" : "đã hủy";
  return new DomainError(
    "task_not_open",
    `Nhiệm vụ ${vi}; không thể thay đổi hay nhắc nhở thêm · The task is ${status}; it can no longer be changed or reminded about`,
  );
}

export function taskChanged(): DomainError {
  return new DomainError(
    "task_changed",
    "Nhiệm vụ vừa được người khác thay đổi; hãy tải lại rồi thử lại · The task was changed by someone else meanwhile; reload it and try again",
  );
}

export function reminderAlreadyRecorded(docNumber: string): DomainError {
  return new DomainError(
    "reminder_already_recorded",
    `Văn bản nhắc nhở số ${docNumber} đã được ghi cho nhiệm vụ này · Reminder ${docNumber} is already recorded for this task`,
    [{ path: "body.docNumber", message: "Đã được ghi · Already recorded" }],
  );
}

/** For dates of things that already happened: a completion, a reminder's document. */
export function assertNotAfterToday(date: string, today: string, path: string): void {
  if (date <= today) return;
  throw new DomainError("date_in_future", `Ngày ${date} ở tương lai · ${date} is in the future`, [
    { path, message: `Không được sau hôm nay (${today}) · Must not be after today (${today})` },
  ]);
}
