/**
 * Page text, Vietnamese first. English is a switch (`?lang=en`), not a
 * second page: one template, one set of field names, two vocabularies.
 */
import { type Lang, oneLanguage } from "../http/language";

export { type Lang, oneLanguage } from "../http/language";

export function langOf(query: string | undefined): Lang {
  return query === "en" ? "en" : "vi";
}

const text = {
  hotlineTitle: { vi: "Đường dây nóng", en: "Hotline" },
  hotlineIntro: {
    vi: "Phản ánh, kiến nghị về thái độ, tác phong, việc thực thi công vụ của cán bộ, công chức, viên chức. Ông/Bà có thể gửi ẩn danh.",
    en: "Report how cadres, civil servants and public employees treated you. You may stay anonymous.",
  },
  callOrWrite: { vi: "Gọi hoặc viết cho chúng tôi", en: "Call or write to us" },
  unitContacts: { vi: "Liên hệ của từng đơn vị", en: "Units' own contacts" },
  formTitle: { vi: "Gửi phản ánh", en: "Send a report" },
  category: { vi: "Loại phản ánh", en: "What is it about" },
  description: { vi: "Nội dung phản ánh", en: "What happened" },
  descriptionHelp: { vi: "Từ 20 đến 5.000 ký tự.", en: "20 to 5,000 characters." },
  unit: { vi: "Cơ quan, đơn vị liên quan", en: "Office concerned" },
  unitNone: { vi: "— Không rõ / khác —", en: "— Not sure / other —" },
  unitText: { vi: "Hoặc ghi tên cơ quan", en: "Or write the office's name" },
  official: { vi: "Cán bộ được phản ánh (nếu biết)", en: "Official concerned (if known)" },
  occurredAt: { vi: "Thời gian xảy ra", en: "When it happened" },
  location: { vi: "Địa điểm", en: "Where" },
  contactLegend: { vi: "Thông tin liên hệ (không bắt buộc)", en: "Your contact details (optional)" },
  contactHelp: {
    vi: "Để trống nếu Ông/Bà muốn gửi ẩn danh. Ông/Bà vẫn theo dõi được bằng mã phản ánh và mã bí mật.",
    en: "Leave empty to stay anonymous. You can still follow up with the tracking code and the receipt.",
  },
  name: { vi: "Họ và tên", en: "Name" },
  phone: { vi: "Số điện thoại", en: "Phone" },
  email: { vi: "Thư điện tử", en: "Email" },
  consent: { vi: "Tôi đồng ý để cơ quan liên hệ với tôi", en: "You may contact me" },
  honeypot: { vi: "Để trống ô này", en: "Leave this empty" },
  attachments: { vi: "Ảnh hoặc PDF (tối đa 5 tệp, mỗi tệp 10 MB)", en: "Photos or PDFs (up to 5 files, 10 MB each)" },
  send: { vi: "Gửi phản ánh", en: "Send" },
  errorsTitle: { vi: "Vui lòng sửa các mục sau", en: "Please correct the following" },
  sentTitle: { vi: "Đã nhận phản ánh của Ông/Bà", en: "Your report was received" },
  sentIntro: {
    vi: "Hãy lưu lại hai mã dưới đây. Mã bí mật chỉ hiện một lần; không ai, kể cả chúng tôi, xem lại được.",
    en: "Keep both codes below. The receipt is shown only once; nobody, not even us, can show it again.",
  },
  trackingCode: { vi: "Mã phản ánh", en: "Tracking code" },
  receipt: { vi: "Mã bí mật", en: "Receipt" },
  dueAt: { vi: "Hạn trả lời", en: "Answer due by" },
  download: { vi: "Tải hai mã về máy (tệp văn bản)", en: "Download both codes (text file)" },
  printHint: { vi: "Hoặc in trang này (Ctrl+P).", en: "Or print this page (Ctrl+P)." },
  followUp: { vi: "Theo dõi phản ánh", en: "Follow up a report" },
  statusTitle: { vi: "Theo dõi phản ánh", en: "Follow up your report" },
  look: { vi: "Xem", en: "Look up" },
  notFound: {
    vi: "Không tìm thấy phản ánh với mã và mã bí mật này.",
    en: "No report matches this tracking code and receipt.",
  },
  status: { vi: "Trạng thái", en: "Status" },
  timeline: { vi: "Diễn biến", en: "Timeline" },
  answer: { vi: "Trả lời", en: "Answer" },
  rejectionReason: { vi: "Lý do không thụ lý", en: "Why it was not taken up" },
  addMessage: { vi: "Bổ sung thông tin", en: "Add information" },
  message: { vi: "Nội dung bổ sung", en: "Your message" },
  sendMessage: { vi: "Gửi bổ sung", en: "Send" },
  messageSent: { vi: "Đã gửi nội dung bổ sung.", en: "Your message was added." },
  otherLanguage: { vi: "English", en: "Tiếng Việt" },
  reporterMessage: { vi: "Ông/Bà bổ sung", en: "You added" },
} as const;

/** One text in both languages. */
export type Bilingual = { readonly vi: string; readonly en: string };

/** The lookup for one table of page texts: the hotline's below, the console's in console/console-text.ts. */
export function translator<const T extends Record<string, Bilingual>>(table: T) {
  return (lang: Lang, key: keyof T & string): string => table[key]?.[lang] ?? key;
}

export type TextKey = keyof typeof text;

export const t = translator(text);

const statusNames: Record<string, { vi: string; en: string }> = {
  received: { vi: "Đã tiếp nhận", en: "Received" },
  accepted: { vi: "Đã thụ lý", en: "Accepted" },
  rejected: { vi: "Không thụ lý", en: "Not taken up" },
  duplicate: { vi: "Trùng phản ánh khác", en: "Duplicate" },
  assigned: { vi: "Đã chuyển đơn vị xử lý", en: "Assigned" },
  in_progress: { vi: "Đang xử lý", en: "In progress" },
  resolved: { vi: "Đã giải quyết", en: "Resolved" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
  reopened: { vi: "Mở lại", en: "Reopened" },
};

export function statusName(lang: Lang, status: string): string {
  return statusNames[status]?.[lang] ?? status;
}

/**
 * A UTC instant shown in the tenant's time zone, the way people there read
 * dates: "14:30 ngày 09/12/2026" on a Vietnamese page, "9 Dec 2026, 14:30" on an English one.
 */
export function localTime(lang: Lang, iso: string, timeZone: string): string {
  if (lang === "vi") {
    return `${officialTime(iso, timeZone)} ngày ${officialDate(iso, timeZone)}`;
  }
  return new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/**
 * A date as officials write it, dd/mm/yyyy: a local date (YYYY-MM-DD) as
 * it stands, an instant as the date it was in the tenant's time zone; "—"
 * when there is none. The console writes every date with it.
 */
export function officialDate(value: string | null | undefined, timeZone?: string): string {
  if (!value) return "—";
  const local = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (local) return `${local[3]}/${local[2]}/${local[1]}`;
  if (!timeZone) throw new Error(`officialDate: the instant ${value} needs the tenant's time zone`);
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(
    new Date(value),
  );
}

/** An instant as officials write it in the tenant's time zone, "HH:mm dd/mm/yyyy"; "—" when there is none. */
export function officialDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "—";
  return `${officialTime(iso, timeZone)} ${officialDate(iso, timeZone)}`;
}

/** The hour and minute of an instant in the tenant's time zone, "HH:mm" on a 24-hour clock. */
function officialTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(iso),
  );
}

/**
 * A status change's public text, line by line in the page's language: the
 * product's own line written "vi · en" keeps one part, and a labelled line
 * ("Lý do · Reason: <what staff wrote>") keeps its label's part and the text as written.
 */
export function productLines(lang: Lang, body: string): string[] {
  return body.split("\n").map((line) => {
    const labelled = /^([^·:]+) · ([^·:]+): ([\s\S]*)$/.exec(line);
    if (labelled) return `${(lang === "en" ? labelled[2] : labelled[1])?.trim()}: ${labelled[3]}`;
    return oneLanguage(lang, line);
  });
}
