import { type Lang, translator } from "../i18n";

/** The words of the working calendar's settings page, Vietnamese first. */
const calendarText = {
  title: { vi: "Lịch làm việc năm {year}", en: "Working calendar {year}" },
  years: { vi: "Các năm", en: "Years" },
  yearLink: { vi: "Năm {year}", en: "{year}" },
  intro: {
    vi: "Thời hạn được tính theo ngày làm việc: từ thứ Hai đến thứ Sáu, trừ các ngày nghỉ dưới đây, cộng các ngày làm bù. Đơn vị dùng lịch quốc gia do nền tảng quản lý và có thể thêm ngày của riêng mình.",
    en: "Deadlines are counted in working days: Monday to Friday, minus the days off below, plus the swapped working days. The district inherits the national calendar kept by the platform and may add days of its own.",
  },
  announced: {
    vi: "Lịch quốc gia năm {year} đã được công bố chính thức.",
    en: "The national calendar for {year} has been officially announced.",
  },
  projectedTitle: {
    vi: "Lịch quốc gia năm {year} mới là lịch dự kiến",
    en: "The national calendar for {year} is a projection",
  },
  projected: {
    vi: "Chưa có thông báo chính thức của Thủ tướng Chính phủ cho năm {year}. Thời hạn trong năm được tính theo lịch dự kiến này; quản trị viên nền tảng Kỷ Cương sẽ thay bằng lịch chính thức khi có thông báo.",
    en: "The Prime Minister's notice for {year} has not come yet. Deadlines in the year are counted with this projection; the Kỷ Cương platform admin replaces it with the official calendar when the notice comes.",
  },
  missingTitle: { vi: "Chưa có lịch quốc gia năm {year}", en: "No national calendar for {year}" },
  missing: {
    vi: "Nền tảng chưa có lịch nghỉ lễ, Tết và ngày làm bù năm {year}. Các thời hạn rơi vào năm này được tính như không có ngày lễ (chỉ trừ thứ Bảy, Chủ nhật và ngày nghỉ riêng của đơn vị), nên có thể đến hạn sớm hơn thực tế. Lịch quốc gia do quản trị viên nền tảng Kỷ Cương cập nhật: đề nghị liên hệ họ.",
    en: "The platform has no holidays, days off or swapped working days for {year}. Deadlines that reach into it are counted as if there were no holidays (only weekends and the district's own days off), so they may fall too early. The Kỷ Cương platform admin keeps the national calendar: ask them to add it.",
  },
  otherYearMissing: {
    vi: "Năm {year} chưa có lịch quốc gia.",
    en: "There is no national calendar for {year} yet.",
  },
  seeYear: { vi: "Xem năm {year}", en: "See {year}" },
  source: { vi: "Căn cứ", en: "Source" },
  daysTitle: { vi: "Ngày nghỉ và ngày làm bù", en: "Days off and swapped working days" },
  noDays: { vi: "Năm này không có ngày nghỉ lễ hay ngày làm bù nào.", en: "No holidays or swapped days in this year." },
  date: { vi: "Ngày", en: "Date" },
  name: { vi: "Tên ngày", en: "Name" },
  kind: { vi: "Loại", en: "Kind" },
  origin: { vi: "Thuộc lịch", en: "From" },
  actions: { vi: "Thao tác", en: "Actions" },
  national: { vi: "Lịch quốc gia", en: "National calendar" },
  tenant: { vi: "Của đơn vị", en: "The district's own" },
  replaces: { vi: "thay cho: {name}", en: "instead of: {name}" },
  nationalSource: { vi: "Căn cứ của lịch quốc gia (ở trên)", en: "The national calendar's source (above)" },
  dayOff: { vi: "Nghỉ", en: "Day off" },
  workDay: { vi: "Làm việc", en: "Working day" },
  markWorked: { vi: "Đơn vị làm việc ngày {date}", en: "Work on {date}" },
  workedDefaultName: { vi: "Đơn vị làm việc ngày này", en: "Worked by the district" },
  remove: { vi: "Xóa ngày {date} của đơn vị", en: "Remove the district's {date}" },
  saved: { vi: "Đã lưu ngày {date}.", en: "{date} saved." },
  removed: {
    vi: "Đã xóa ngày {date} của đơn vị; ngày này theo lịch quốc gia.",
    en: "The district's {date} removed: the national calendar counts on that date.",
  },
  formTitle: { vi: "Thêm hoặc sửa một ngày của đơn vị", en: "Add or change a day of the district's own" },
  formHelp: {
    vi: "Ví dụ: ngày lễ hội địa phương, ngày tỉnh cho nghỉ, hoặc một ngày lễ quốc gia mà đơn vị vẫn làm việc. Vào đúng ngày đó, ngày của đơn vị được dùng thay cho lịch quốc gia.",
    en: "For example a local festival, a day the province gives off, or a national holiday the district works. On that date the district's day counts instead of the national calendar.",
  },
  dateHelp: { vi: "Ngày/tháng/năm", en: "Day/month/year" },
  kindField: { vi: "Ngày này", en: "This day is" },
  kindHoliday: { vi: "Ngày nghỉ của đơn vị", en: "A day off for the district" },
  kindWorked: { vi: "Ngày làm việc (kể cả ngày lễ quốc gia)", en: "A working day (even on a national holiday)" },
  nameField: { vi: "Tên ngày", en: "Name" },
  nameHelp: { vi: "Ví dụ: Lễ hội Cầu Ngư", en: "For example: Whale festival" },
  sourceField: { vi: "Căn cứ (không bắt buộc)", en: "Source (optional)" },
  sourceHelp: {
    vi: "Ví dụ: Quyết định 15/QĐ-UBND ngày 02/10/2026",
    en: "For example: Decision 15/QĐ-UBND of 2 Oct 2026",
  },
  save: { vi: "Lưu ngày", en: "Save the day" },
  dateInvalid: { vi: "Nhập một ngày có thật.", en: "Enter a real date." },
  kindInvalid: { vi: "Chọn ngày nghỉ hay ngày làm việc.", en: "Choose a day off or a working day." },
  nameInvalid: { vi: "Nhập tên ngày (tối đa 200 ký tự).", en: "Enter the day's name (at most 200 characters)." },
  sourceInvalid: { vi: "Căn cứ tối đa 500 ký tự.", en: "The source has at most 500 characters." },
} as const;

const lookup = translator(calendarText);

/** A calendar page text, `{name}` slots filled. */
export function calt(lang: Lang, key: keyof typeof calendarText, values: Record<string, string | number> = {}): string {
  return lookup(lang, key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** What each kind of day is called on the page. */
export const calendarKindNames = {
  holiday: { vi: "Ngày lễ", en: "Public holiday" },
  day_off_in_lieu: { vi: "Nghỉ bù / hoán đổi", en: "Day off in lieu" },
  working_day: { vi: "Làm bù", en: "Swapped working day" },
  worked: { vi: "Đơn vị làm việc", en: "Worked by the district" },
} as const;

const weekdays = {
  vi: ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
} as const;

/** The weekday of a local date (YYYY-MM-DD), as people say it. */
export function weekdayName(lang: Lang, date: string): string {
  return weekdays[lang][new Date(`${date}T00:00:00Z`).getUTCDay()] ?? "";
}
