import { type Bilingual, type Lang, translator } from "../i18n";

/**
 * The words of the console's area pages (tasks, dialogues, violation
 * records, inspections, the tracking book, the outbox), Vietnamese first.
 */
const areasText = {
  // Shared
  none: { vi: "—", en: "—" },
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
  nextPage: { vi: "Trang sau", en: "Next page" },
  firstPage: { vi: "Về trang đầu", en: "Back to the first page" },
  pages: { vi: "Phân trang", en: "Pages" },
  filters: { vi: "Bộ lọc", en: "Filters" },
  filter: { vi: "Lọc", en: "Filter" },
  all: { vi: "Tất cả", en: "All" },
  nothingHere: { vi: "Không có mục nào.", en: "Nothing here." },
  status: { vi: "Trạng thái", en: "Status" },
  unit: { vi: "Đơn vị", en: "Unit" },
  deadline: { vi: "Hạn", en: "Due" },
  official: { vi: "Cán bộ", en: "Official" },
  overdueDays: { vi: "Quá hạn {n} ngày làm việc", en: "{n} working days overdue" },
  overdueToday: { vi: "Quá hạn", en: "Overdue" },
  dueToday: { vi: "Đến hạn hôm nay", en: "Due today" },
  daysLeft: { vi: "Còn {n} ngày làm việc", en: "{n} working days left" },

  // Tasks
  tasksTitle: { vi: "Nhiệm vụ đang thực hiện", en: "Open tasks" },
  tasksOverdueTitle: { vi: "Nhiệm vụ quá hạn", en: "Overdue tasks" },
  tasksSoonTitle: { vi: "Nhiệm vụ sắp đến hạn", en: "Tasks due soon" },
  tasksCrumb: { vi: "Nhiệm vụ", en: "Tasks" },
  filterOpen: { vi: "Đang thực hiện", en: "Open" },
  filterOverdue: { vi: "Quá hạn", en: "Overdue" },
  filterSoon: { vi: "Sắp đến hạn", en: "Due soon" },
  task: { vi: "Nhiệm vụ", en: "Task" },
  reminders: { vi: "Văn bản nhắc nhở", en: "Written reminders" },
  remindersCount: { vi: "Số lần nhắc", en: "Reminders" },
  sourceDoc: { vi: "Văn bản giao", en: "Source document" },
  sourceDocOf: { vi: "số {number}, ngày {date}", en: "no. {number} of {date}" },
  issuedBy: { vi: "Cơ quan giao", en: "Assigned by" },
  partyOrganisation: { vi: "Tổ chức đảng", en: "Party organisation" },
  description: { vi: "Nội dung", en: "Description" },
  completed: { vi: "Hoàn thành", en: "Completed" },
  inTrackingBook: { vi: "Trong sổ theo dõi", en: "In the tracking book" },
  inTrackingBookYes: { vi: "Có — xem sổ theo dõi", en: "Yes — see the tracking book" },
  reminderSequence: { vi: "Lần", en: "No." },
  docNumber: { vi: "Số văn bản", en: "Document no." },
  docDate: { vi: "Ngày", en: "Date" },
  reminderIssuer: { vi: "Người ký / cơ quan", en: "Issued by" },
  noReminders: { vi: "Chưa có văn bản nhắc nhở.", en: "No written reminder yet." },
  reminderCounts: { vi: "Tính vào sổ theo dõi", en: "Counts for the book" },
  reminderVoided: { vi: "Không tính: đã hủy cùng mục sổ theo dõi", en: "No: voided with an annulled entry" },

  // Dialogues
  dialoguesTitle: { vi: "Các buổi đối thoại", en: "Dialogue sessions" },
  conclusionsOverdueTitle: { vi: "Kết luận đối thoại quá hạn", en: "Overdue dialogue conclusions" },
  dialoguesCrumb: { vi: "Đối thoại", en: "Dialogues" },
  dialogueTitle: { vi: "Buổi đối thoại ngày {date}", en: "Dialogue session of {date}" },
  heldOn: { vi: "Ngày tổ chức", en: "Held on" },
  place: { vi: "Địa điểm", en: "Place" },
  level: { vi: "Cấp", en: "Level" },
  hostUnit: { vi: "Đơn vị tổ chức", en: "Host unit" },
  chair: { vi: "Người chủ trì", en: "Chaired by" },
  participants: { vi: "Số người tham dự", en: "Participants" },
  minutes: { vi: "Biên bản", en: "Minutes" },
  issues: { vi: "Các vấn đề", en: "Issues" },
  issueN: { vi: "Vấn đề {n}", en: "Issue {n}" },
  issue: { vi: "Vấn đề", en: "Issue" },
  session: { vi: "Buổi đối thoại", en: "Session" },
  raisedBy: { vi: "Người nêu", en: "Raised by" },
  anonymous: { vi: "Không nêu tên", en: "Anonymous" },
  pressing: { vi: "Bức xúc", en: "Pressing" },
  conclusion: { vi: "Kết luận", en: "Conclusion" },
  outcome: { vi: "Hướng xử lý", en: "Outcome" },
  notInScopeReason: { vi: "Lý do không thuộc thẩm quyền", en: "Why it is out of scope" },
  assignedUnit: { vi: "Đơn vị được giao", en: "Assigned to" },
  resolution: { vi: "Kết quả giải quyết", en: "Resolution" },
  resolvedOn: { vi: "Ngày giải quyết", en: "Resolved on" },
  highlighted: { vi: "Vấn đề được nhắc trong thư", en: "The issue the email is about" },
  noIssues: { vi: "Chưa ghi nhận vấn đề nào.", en: "No issue recorded yet." },

  // Violation records
  violationsTitle: { vi: "Biên bản vi phạm", en: "Violation records" },
  violationsDraftTitle: { vi: "Biên bản vi phạm đang soạn", en: "Draft violation records" },
  violationsIssuedTitle: { vi: "Biên bản vi phạm đã ban hành", en: "Issued violation records" },
  violationsClosedTitle: { vi: "Biên bản vi phạm đã kết thúc", en: "Closed violation records" },
  violationsExplanationTitle: { vi: "Biên bản chờ giải trình", en: "Records awaiting explanations" },
  violationsDecisionTitle: { vi: "Biên bản chờ quyết định xử lý", en: "Records awaiting decisions" },
  violationsCrumb: { vi: "Biên bản vi phạm", en: "Violation records" },
  violationTitle: { vi: "Biên bản vi phạm: {type}", en: "Violation record: {type}" },
  awaitingExplanation: { vi: "Chờ giải trình", en: "Awaiting explanation" },
  awaitingDecision: { vi: "Chờ quyết định", en: "Awaiting decision" },
  violationType: { vi: "Loại vi phạm", en: "Violation" },
  occurredAt: { vi: "Thời gian", en: "When" },
  witnesses: { vi: "Người chứng kiến", en: "Witnesses" },
  issuedAt: { vi: "Ban hành lúc", en: "Issued at" },
  version: { vi: "Phiên bản", en: "Version" },
  correctiveDue: { vi: "Hạn báo cáo khắc phục", en: "Corrective report due" },
  correctiveOverdue: { vi: "Chưa báo cáo khắc phục, đã quá hạn", en: "Corrective report overdue" },
  officialsConcerned: { vi: "Cán bộ liên quan", en: "Officials concerned" },
  signature: { vi: "Ký biên bản", en: "Signature" },
  explanation: { vi: "Giải trình", en: "Explanation" },
  explanationDue: { vi: "hạn {date}", en: "due {date}" },
  explanationReceived: { vi: "nhận {date}", en: "received {date}" },
  decision: { vi: "Quyết định xử lý", en: "Decision" },
  decisionDoc: { vi: "số {number}, ngày {date}, {by}", en: "no. {number} of {date}, {by}" },
  correctiveReports: { vi: "Báo cáo khắc phục", en: "Corrective reports" },
  submittedAt: { vi: "Gửi lúc", en: "Submitted at" },
  printable: { vi: "Bản in biên bản", en: "Printable record" },

  // Inspections
  inspectionsTitle: { vi: "Các cuộc kiểm tra", en: "Inspections" },
  inspectionsInProgressTitle: { vi: "Các cuộc kiểm tra đang tiến hành", en: "Inspections in progress" },
  inspectionsCrumb: { vi: "Kiểm tra", en: "Inspections" },
  inspectionTitle: { vi: "Cuộc kiểm tra của {team}", en: "Inspection by {team}" },
  team: { vi: "Đoàn kiểm tra", en: "Team" },
  kind: { vi: "Hình thức", en: "Kind" },
  targets: { vi: "Đơn vị được kiểm tra", en: "Inspected units" },
  scheduledAt: { vi: "Dự kiến", en: "Scheduled" },
  startedAt: { vi: "Bắt đầu", en: "Started" },
  endedAt: { vi: "Kết thúc", en: "Ended" },
  findings: { vi: "Kết quả kiểm tra", en: "Findings" },
  checklist: { vi: "Nội dung kiểm tra", en: "Checklist" },
  checklistItem: { vi: "Nội dung", en: "Item" },
  result: { vi: "Kết quả", en: "Result" },
  note: { vi: "Ghi chú", en: "Note" },

  // Tracking book
  trackingBookTitle: { vi: "Sổ theo dõi năm {year}", en: "Tracking book {year}" },
  trackingBookCrumb: { vi: "Sổ theo dõi", en: "Tracking book" },
  previousYear: { vi: "Năm {year}", en: "{year}" },
  entryNo: { vi: "STT", en: "No." },
  enteredOn: { vi: "Ngày vào sổ", en: "Entered on" },
  annulled: { vi: "Đã hủy: {reason}", en: "Annulled: {reason}" },
  reminderLine: { vi: "Lần {n}: số {number}, ngày {date}", en: "{n}: no. {number} of {date}" },
  reminderLineVoided: {
    vi: "Lần {n}: số {number}, ngày {date} (không tính: đã hủy cùng mục sổ theo dõi)",
    en: "{n}: no. {number} of {date} (voided with an annulled entry)",
  },

  // Outbox
  notificationsTitle: { vi: "Hộp thư đi", en: "Outbox" },
  notificationsCrumb: { vi: "Hộp thư đi", en: "Outbox" },
  recipient: { vi: "Người nhận", en: "Recipient" },
  localDate: { vi: "Ngày", en: "Date" },
  subject: { vi: "Tiêu đề", en: "Subject" },
  attempts: { vi: "Số lần gửi", en: "Attempts" },
  lastError: { vi: "Lỗi gần nhất", en: "Last error" },
  sentAt: { vi: "Đã gửi lúc", en: "Sent at" },
  nextAttemptAt: { vi: "Lần gửi tới", en: "Next attempt" },
  items: { vi: "Số việc (quá hạn)", en: "Items (overdue)" },
  message: { vi: "Nội dung thư", en: "The message" },
  bodyWithheld: {
    vi: "Nội dung thư này không được hiển thị: nó chứa liên kết đặt mật khẩu dùng một lần, chỉ người nhận được phép dùng. Nếu người nhận không nhận được thư, hãy gửi lại hoặc gửi một liên kết mới.",
    en: "This message is not shown: it holds a single-use password link that only its recipient may use. If the recipient did not get it, resend it or send a new link.",
  },
  resend: { vi: "Gửi lại thư này ngay", en: "Send this email again now" },
  resent: { vi: "Đã gửi lại. Trạng thái hiện tại ở dưới.", en: "Sent again. Its current status is below." },
  resendBusy: {
    vi: "Thư đang được gửi; không gửi lại. Hãy thử lại sau ít phút.",
    en: "The email is being sent right now; not sent again. Try again in a few minutes.",
  },
  resendChanged: {
    vi: "Thư vừa thay đổi trạng thái; không gửi lại. Trạng thái hiện tại ở dưới.",
    en: "The email changed meanwhile; not sent again. Its current status is below.",
  },
  invalidFilter: {
    vi: "Giá trị này không hợp lệ (địa chỉ thư đầy đủ, ngày dạng ngày/tháng/năm).",
    en: "This value is not valid (a whole email address, a date).",
  },
  recipientHelp: { vi: "Địa chỉ thư điện tử đầy đủ", en: "The whole email address" },
} as const;

export const at = translator(areasText);
export type AreasTextKey = keyof typeof areasText;

/** A text with `{name}` slots filled. */
export function atf(lang: Lang, key: AreasTextKey, values: Record<string, string | number>): string {
  return at(lang, key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** The name of a stored value (a status, a kind …) in the page's language; the value itself when unnamed. */
export function named(lang: Lang, names: Readonly<Record<string, Bilingual>>, value: string | null): string {
  if (value === null) return at(lang, "none");
  return names[value]?.[lang] ?? value;
}

export const taskStatusNames = {
  open: { vi: "Đang thực hiện", en: "Open" },
  done: { vi: "Đã hoàn thành", en: "Done" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
} as const;

export const taskIssuerNames = {
  party_committee: { vi: "Cấp ủy", en: "Party committee" },
  peoples_committee: { vi: "UBND", en: "People's committee" },
} as const;

export const dialogueLevelNames = {
  district: { vi: "Cấp huyện", en: "District" },
  commune: { vi: "Cấp xã", en: "Commune" },
} as const;

export const outcomeNames = {
  resolved_on_the_spot: { vi: "Giải quyết tại chỗ", en: "Resolved on the spot" },
  assigned: { vi: "Giao đơn vị giải quyết", en: "Assigned to a unit" },
  not_in_scope: { vi: "Không thuộc thẩm quyền", en: "Out of scope" },
} as const;

export const conclusionStatusNames = {
  assigned: { vi: "Đã giao", en: "Assigned" },
  in_progress: { vi: "Đang giải quyết", en: "In progress" },
  resolved: { vi: "Đã giải quyết", en: "Resolved" },
} as const;

export const recordStatusNames = {
  draft: { vi: "Dự thảo", en: "Draft" },
  issued: { vi: "Đã ban hành", en: "Issued" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
} as const;

export const officialStatusNames = {
  issued: { vi: "Chưa yêu cầu giải trình", en: "No explanation asked yet" },
  explanation_requested: { vi: "Đã yêu cầu giải trình", en: "Explanation requested" },
  explanation_received: { vi: "Đã nhận giải trình", en: "Explanation received" },
  decided: { vi: "Đã có quyết định", en: "Decided" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
} as const;

export const signatureNames = {
  pending: { vi: "Chưa ký", en: "Not signed yet" },
  signed: { vi: "Đã ký", en: "Signed" },
  refused: { vi: "Từ chối ký", en: "Refused to sign" },
} as const;

export const inspectionStatusNames = {
  scheduled: { vi: "Đã lên lịch", en: "Scheduled" },
  in_progress: { vi: "Đang tiến hành", en: "In progress" },
  completed: { vi: "Đã kết thúc", en: "Completed" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
} as const;

export const inspectionKindNames = {
  planned: { vi: "Theo kế hoạch", en: "Planned" },
  surprise: { vi: "Đột xuất", en: "Surprise" },
} as const;

export const checklistResultNames = {
  compliant: { vi: "Đạt", en: "Compliant" },
  violation: { vi: "Vi phạm", en: "Violation" },
  not_checked: { vi: "Chưa kiểm tra", en: "Not checked" },
} as const;

export const notificationStatusNames = {
  pending: { vi: "Chờ gửi", en: "Pending" },
  sent: { vi: "Đã gửi", en: "Sent" },
  dead: { vi: "Gửi thất bại", en: "Failed" },
  superseded: { vi: "Đã thay bằng thư mới hơn", en: "Superseded" },
} as const;

export const notificationKindNames = {
  unit_digest: { vi: "Thư cảnh báo đơn vị", en: "Unit digest" },
  leadership_digest: { vi: "Thư cảnh báo lãnh đạo", en: "Leadership digest" },
  password_link: { vi: "Liên kết đặt mật khẩu", en: "Password link" },
  report_answer: { vi: "Trả lời phản ánh", en: "Report answer" },
} as const;
