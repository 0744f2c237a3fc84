import type { TaskStatus } from "@kycuong/db";
import { dayMonthYear } from "../calendar/local-date";
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

/** For dates of things that already happened: a completion. */
export function assertNotAfterToday(date: string, today: string, path: string): void {
  if (date <= today) return;
  throw new DomainError("date_in_future", `Ngày ${date} ở tương lai · ${date} is in the future`, [
    { path, message: `Không được sau hôm nay (${today}) · Must not be after today (${today})` },
  ]);
}

/**
 * A reminder answers the task's source document and is written before it is
 * recorded: dated neither before that document nor after today (400).
 */
export function assertReminderDate(docDate: string, sourceDocDate: string | null, today: string): void {
  const date = dayMonthYear(docDate);
  if (sourceDocDate !== null && docDate < sourceDocDate) {
    const source = dayMonthYear(sourceDocDate);
    throw reminderDateInvalid(
      `Văn bản nhắc nhở ngày ${date} có trước văn bản giao nhiệm vụ (ngày ${source}) · The reminder of ${date} predates the task's source document (${source})`,
      `Không được trước ngày ${source} · Must not be before ${source}`,
    );
  }
  if (docDate > today) {
    throw reminderDateInvalid(
      `Văn bản nhắc nhở ngày ${date} ở tương lai · The reminder of ${date} is in the future`,
      `Không được sau hôm nay (${dayMonthYear(today)}) · Must not be after today (${dayMonthYear(today)})`,
    );
  }
}

function reminderDateInvalid(detail: string, message: string): DomainError {
  return new DomainError("reminder_date_invalid", detail, [{ path: "body.docDate", message }]);
}

/** 409: the task's source document re-dated after a reminder (one that counts) that answers it. */
export function sourceDocumentAfterReminder(earliestReminder: string): DomainError {
  const date = dayMonthYear(earliestReminder);
  return new DomainError(
    "source_document_after_reminder",
    `Nhiệm vụ đã có văn bản nhắc nhở ngày ${date}; văn bản giao nhiệm vụ không thể mang ngày sau đó · The task has a reminder of ${date}; its source document cannot be dated after it`,
    [{ path: "body.sourceDocDate", message: `Không được sau ngày ${date} · Must not be after ${date}` }],
  );
}

/** 409: the task already has a reminder (one that counts) dated after this one. */
export function reminderOutOfOrder(docDate: string, latest: string): DomainError {
  const [date, previous] = [dayMonthYear(docDate), dayMonthYear(latest)];
  return new DomainError(
    "reminder_out_of_order",
    `Văn bản nhắc nhở ngày ${date} có trước văn bản nhắc nhở đã ghi (ngày ${previous}); nhắc nhở được ghi theo thứ tự văn bản · The reminder of ${date} predates one already recorded (${previous}); reminders are recorded in document order`,
    [
      {
        path: "body.docDate",
        message: `Không được trước ngày ${previous} · Must not be before ${previous}`,
      },
    ],
  );
}
