import { translator } from "../i18n";

/** The console home's words (GET /t/{slug}/app), Vietnamese first. */
const homeText = {
  intro: {
    vi: "Việc cần làm hôm nay {date}, theo vai trò của bạn. Mỗi con số dẫn tới danh sách đầy đủ.",
    en: "Your work for today, {date}, by role. Each figure opens the full list.",
  },
  noSection: {
    vi: "Vai trò của bạn không có danh sách việc hằng ngày.",
    en: "Your roles have no daily work list.",
  },

  // Item tables
  colCode: { vi: "Số, mã", en: "Reference" },
  colItem: { vi: "Nội dung", en: "Item" },
  colResponsible: { vi: "Đơn vị, người chịu trách nhiệm", en: "Responsible" },
  colDue: { vi: "Hạn", en: "Due" },
  colState: { vi: "Tình trạng", en: "State" },
  colDate: { vi: "Ngày", en: "Date" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colCount: { vi: "Số việc", en: "Items" },
  colOverdue: { vi: "Quá hạn", en: "Overdue" },
  colDueSoon: { vi: "Sắp đến hạn", en: "Due soon" },
  colOverdueReports: { vi: "Phản ánh quá hạn", en: "Overdue reports" },
  colHeadEmail: { vi: "Thư của thủ trưởng", en: "Head's email" },
  colReminders: { vi: "Đã nhắc", en: "Reminders" },
  overdueBadge: { vi: "quá hạn {n} ngày làm việc", en: "{n} working days overdue" },
  leftBadge: { vi: "còn {n} ngày", en: "{n} days left" },
  dueTodayBadge: { vi: "đến hạn hôm nay", en: "due today" },
  yes: { vi: "Có", en: "Yes" },
  none: { vi: "Chưa có", en: "None" },
  showingFirst: { vi: "Hiện {shown} trong {total} mục.", en: "Showing {shown} of {total}." },
  seeAll: { vi: "Xem tất cả", en: "See them all" },

  // Unit head
  unitHeadTitle: { vi: "Việc của {unit} và các đơn vị trực thuộc", en: "Work of {unit} and the units under it" },
  unitHeadIntro: {
    vi: "Đúng như thư cảnh báo sáng nay: việc quá hạn và sắp đến hạn (đến hết ngày {until}), việc quá hạn lâu nhất trước.",
    en: "Exactly as this morning's alert email: work overdue and due soon (until {until}), most overdue first.",
  },
  unitHeadNoUnit: {
    vi: "Tài khoản của bạn chưa gắn với đơn vị nào. Hãy báo quản trị viên.",
    en: "Your account is not attached to a unit. Ask an administrator.",
  },
  figureOverdueOfKind: { vi: "quá hạn", en: "overdue" },
  noUnitWork: { vi: "Không có việc quá hạn hay sắp đến hạn.", en: "Nothing overdue or due soon." },
  laterTitle: { vi: "Việc sắp tới", en: "Due later" },
  laterIntro: {
    vi: "Việc còn hạn sau {until}, hạn gần nhất trước (tối đa {n} việc).",
    en: "Due after {until}, soonest first (at most {n}).",
  },
  noLater: { vi: "Không có việc nào khác đang chờ.", en: "Nothing else is waiting." },

  // Hotline officer
  hotlineTitle: { vi: "Tiếp nhận phản ánh", en: "Hotline intake" },
  figureInbox: { vi: "phản ánh mới chưa phân công", en: "new reports not assigned" },
  figureOverdueReports: { vi: "phản ánh quá hạn", en: "overdue reports" },
  inboxTitle: { vi: "Phản ánh mới", en: "New reports" },
  noInbox: { vi: "Không có phản ánh mới.", en: "No new reports." },
  overdueByUnitTitle: { vi: "Phản ánh quá hạn theo đơn vị", en: "Overdue reports by unit" },
  overdueReportsTitle: { vi: "Phản ánh quá hạn", en: "Overdue reports" },
  noOverdue: { vi: "Không có việc quá hạn.", en: "Nothing is overdue." },

  // Party office
  partyTitle: { vi: "Nhiệm vụ, nhắc nhở và kết luận đối thoại", en: "Tasks, reminders and dialogue conclusions" },
  figureOverdueTasks: { vi: "nhiệm vụ quá hạn", en: "overdue tasks" },
  figureDueSoonTasks: { vi: "nhiệm vụ sắp đến hạn", en: "tasks due soon" },
  figureReminders: { vi: "nhiệm vụ cần cân nhắc nhắc nhở", en: "tasks to consider a reminder for" },
  figureTrackingBook: { vi: "mục trong sổ theo dõi năm {year}", en: "tracking-book entries in {year}" },
  figureOverdueConclusions: { vi: "kết luận đối thoại quá hạn", en: "overdue dialogue conclusions" },
  overdueTasksTitle: { vi: "Nhiệm vụ quá hạn", en: "Overdue tasks" },
  dueSoonTasksTitle: { vi: "Nhiệm vụ sắp đến hạn", en: "Tasks due soon" },
  noDueSoon: { vi: "Không có nhiệm vụ sắp đến hạn.", en: "No tasks due soon." },
  remindersTitle: { vi: "Cân nhắc văn bản nhắc nhở", en: "Reminders to consider" },
  remindersIntro: {
    vi: "Nhiệm vụ quá hạn chưa vào sổ theo dõi. Lần nhắc nhở thứ {n} đưa nhiệm vụ vào sổ theo dõi.",
    en: "Overdue tasks not yet in the tracking book. The reminder number {n} puts a task in the book.",
  },
  remindedTimes: { vi: "{n}/{threshold} lần", en: "{n} of {threshold}" },
  entersBookNext: { vi: "lần nhắc tới sẽ vào sổ theo dõi", en: "the next reminder enters the book" },
  noReminders: { vi: "Không có nhiệm vụ nào cần nhắc nhở.", en: "No task needs a reminder." },
  overdueConclusionsTitle: { vi: "Kết luận đối thoại quá hạn", en: "Overdue dialogue conclusions" },
  noOverdueConclusions: { vi: "Không có kết luận nào quá hạn.", en: "No conclusion is overdue." },

  // Inspector
  inspectorTitle: { vi: "Kiểm tra và biên bản vi phạm", en: "Inspections and violation records" },
  figureDrafts: { vi: "biên bản đang soạn", en: "draft records" },
  figureAwaitingExplanation: { vi: "biên bản chờ giải trình", en: "records awaiting explanations" },
  figureAwaitingDecision: { vi: "biên bản chờ quyết định xử lý", en: "records awaiting a decision" },
  figureInspections: { vi: "cuộc kiểm tra đang tiến hành", en: "inspections in progress" },
  draftsTitle: { vi: "Biên bản đang soạn", en: "Draft records" },
  awaitingExplanationTitle: { vi: "Chờ giải trình", en: "Awaiting explanations" },
  awaitingDecisionTitle: { vi: "Chờ quyết định xử lý", en: "Awaiting a decision" },
  inspectionsTitle: { vi: "Đang kiểm tra", en: "Inspections in progress" },
  noEntries: { vi: "Không có.", en: "None." },

  // Leaders
  leadershipTitle: { vi: "Toàn đơn vị", en: "Across the district" },
  leadershipIntro: {
    vi: "Như thư gửi lãnh đạo sáng nay: việc quá hạn trên {n} ngày làm việc, đơn vị chưa có thư của thủ trưởng, việc chưa phân công.",
    en: "As this morning's leadership email: work overdue beyond {n} working days, units without a head's email, unassigned work.",
  },
  figureEscalated: { vi: "việc quá hạn trên {n} ngày làm việc", en: "items overdue beyond {n} working days" },
  figureUnitsWithoutHead: { vi: "đơn vị chưa có thư của thủ trưởng", en: "units without a head's email" },
  figureUnassigned: { vi: "việc chưa phân công", en: "unassigned items" },
  escalatedTitle: { vi: "Quá hạn kéo dài", en: "Long overdue" },
  noEscalated: { vi: "Không có việc quá hạn kéo dài.", en: "Nothing is long overdue." },
  unitsWithoutHeadTitle: { vi: "Đơn vị chưa có thư của thủ trưởng", en: "Units without a head's email" },
  unitsWithoutHeadIntro: {
    vi: "Thư cảnh báo của các đơn vị này gửi cho lãnh đạo. Hãy cập nhật thư của thủ trưởng.",
    en: "These units' alerts go to the leadership. Add their head's email.",
  },
  noUnitsWithoutHead: {
    vi: "Đơn vị nào có việc cũng đã có thư của thủ trưởng.",
    en: "Every unit with work has a head's email.",
  },
  unassignedTitle: { vi: "Chưa phân công", en: "Not assigned" },
  noUnassigned: { vi: "Không có việc chưa phân công.", en: "Nothing is unassigned." },
  byUnitTitle: { vi: "Việc theo đơn vị", en: "Work by unit" },
  noByUnit: { vi: "Không đơn vị nào có việc quá hạn hay sắp đến hạn.", en: "No unit has work overdue or due soon." },
} as const;

const lookup = translator(homeText);

/** A home text with its `{name}` placeholders filled. */
export function ht(
  lang: "vi" | "en",
  key: keyof typeof homeText,
  values: Record<string, string | number> = {},
): string {
  return lookup(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
