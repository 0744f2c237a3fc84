import { dayMonthYear } from "../calendar/local-date";
import type { DigestCalendarNotice, DigestContext, LeadershipDigest, RenderedEmail } from "./alert-item";
import {
  countSummary,
  emailDocumentHtml,
  emailDocumentText,
  headingHtml,
  headingText,
  itemLink,
  itemsTableHtml,
  itemsText,
  linkParagraphHtml,
  paragraphHtml,
  subjectLine,
  unitSectionHtml,
  unitSectionText,
} from "./digest-markup";
import { inSentence } from "./digest-wording";

interface Section {
  heading: string;
  explanation: string;
  html: string[];
  text: string[];
}

/**
 * The daily email to the tenant's leadership: what has stayed overdue too
 * long, by unit; the units whose alerts reach nobody because they have no
 * head email; and the items nobody has been made responsible for. A section
 * with nothing in it is left out.
 */
export function renderLeadershipDigest(digest: LeadershipDigest, ctx: DigestContext): RenderedEmail {
  const threshold = digest.escalationWorkingDays;
  const escalated = digest.escalated.filter((unit) => unit.items.length > 0);
  const unitsWithoutHead = digest.unitsWithoutHead.filter((unit) => unit.items.length > 0);
  const unassigned = digest.unassigned;
  const periods = digest.disciplinaryPeriods;
  const sections: Section[] = digest.calendarNotices.map((notice) => calendarSection(notice, ctx.baseUrl));

  if (escalated.length > 0) {
    sections.push({
      heading: `Việc quá hạn trên ${threshold} ngày làm việc, theo đơn vị`,
      explanation: `Các việc dưới đây đã quá hạn xử lý hơn ${threshold} ngày làm việc.`,
      html: escalated.map((unit) => unitSectionHtml(unit, ctx.baseUrl, 3)),
      text: escalated.map((unit) => unitSectionText(unit, ctx.baseUrl, 3)),
    });
  }
  if (unitsWithoutHead.length > 0) {
    sections.push({
      heading: "Đơn vị chưa có email thủ trưởng — cảnh báo của đơn vị này chưa gửi được cho ai",
      explanation: "Hãy cập nhật email thủ trưởng cho các đơn vị này để cảnh báo đến đúng người.",
      html: unitsWithoutHead.map((unit) => unitSectionHtml(unit, ctx.baseUrl, 3)),
      text: unitsWithoutHead.map((unit) => unitSectionText(unit, ctx.baseUrl, 3)),
    });
  }
  if (unassigned.length > 0) {
    sections.push({
      heading: "Chưa phân công đơn vị",
      explanation: `Các việc có hạn xử lý nhưng chưa giao cho đơn vị nào: ${countSummary(unassigned)}.`,
      html: [itemsTableHtml(unassigned, ctx.baseUrl)],
      text: [itemsText(unassigned, ctx.baseUrl)],
    });
  }

  if (periods.length > 0) {
    const ranOut = periods.filter((item) => item.overdue).length;
    sections.push({
      heading: "Thời hạn xử lý kỷ luật sắp hết hoặc đã hết",
      explanation:
        `Cán bộ có tên trong biên bản vi phạm chưa có quyết định xử lý, thời hạn xử lý kỷ luật (90 ngày kể từ ngày ban hành biên bản, gia hạn tối đa 150 ngày) còn dưới 15 ngày` +
        (ranOut > 0 ? `; ${ranOut} trường hợp đã hết thời hạn, không còn áp dụng được hình thức kỷ luật.` : "."),
      html: [itemsTableHtml(periods, ctx.baseUrl)],
      text: [itemsText(periods, ctx.baseUrl)],
    });
  }

  const escalatedCount = escalated.reduce((sum, unit) => sum + unit.items.length, 0);
  const summaryParts = [
    ...digest.calendarNotices
      .filter((notice) => notice.status === "missing")
      .map((notice) => `chưa có lịch nghỉ lễ năm ${notice.year}`),
    escalatedCount > 0 ? `${escalatedCount} việc quá hạn trên ${threshold} ngày làm việc` : "",
    unitsWithoutHead.length > 0 ? `${unitsWithoutHead.length} đơn vị chưa có email thủ trưởng` : "",
    unassigned.length > 0 ? `${unassigned.length} việc chưa phân công` : "",
    periods.length > 0 ? `${periods.length} thời hạn xử lý kỷ luật sắp hết hoặc đã hết` : "",
  ].filter((part) => part !== "");
  const summary = summaryParts.length > 0 ? summaryParts.join(", ") : "không có việc cần chú ý";

  const title = `Tổng hợp cho lãnh đạo ngày ${dayMonthYear(ctx.localDate)}`;
  const subtitle = `${ctx.tenantName}: ${summary}`;
  const nothing = "Không có việc nào cần chú ý.";
  const footerLines = [
    `Thư tự động từ hệ thống Kỷ Cương của ${inSentence(ctx.tenantName)}, gửi mỗi ngày làm việc đến lãnh đạo để theo dõi việc quá hạn kéo dài và những cảnh báo chưa có người nhận. ${workingDaysNote(digest.calendarNotices)}`,
  ];

  return {
    subject: subjectLine(ctx.tenantName, `tổng hợp cho lãnh đạo – ${summary}`, ctx.localDate),
    html: emailDocumentHtml({
      title,
      subtitle,
      bodyHtml:
        sections.length === 0
          ? paragraphHtml(nothing)
          : sections
              .map((section) =>
                [headingHtml(2, section.heading), paragraphHtml(section.explanation), ...section.html].join("\n"),
              )
              .join("\n"),
      footerLines,
    }),
    text: emailDocumentText({
      title,
      subtitle,
      body:
        sections.length === 0
          ? nothing
          : sections
              .map((section) =>
                [headingText(2, section.heading), section.explanation, "", section.text.join("\n\n")].join("\n"),
              )
              .join("\n\n"),
      footerLines,
    }),
  };
}

/**
 * A national calendar year someone must act on: what it means for the
 * deadlines, and who puts it right (the platform admin, not the tenant).
 */
function calendarSection(notice: DigestCalendarNotice, baseUrl: string): Section {
  const { year } = notice;
  const link = `Xem lịch làm việc năm ${year} của đơn vị`;
  const missing = notice.status === "missing";
  return {
    heading: missing
      ? `Chưa có lịch nghỉ lễ, Tết năm ${year} của Nhà nước`
      : `Lịch nghỉ lễ, Tết năm ${year} mới là lịch dự kiến`,
    explanation: missing
      ? `Hệ thống chưa có lịch nghỉ lễ, Tết và ngày làm bù năm ${year}. Cho đến khi có, các thời hạn rơi vào năm ${year} ` +
        "được tính như không có ngày lễ (chỉ trừ thứ Bảy, Chủ nhật và ngày nghỉ riêng của đơn vị), nên có thể đến hạn sớm hơn thực tế. " +
        "Lịch quốc gia do quản trị viên nền tảng Kỷ Cương cập nhật theo thông báo của Thủ tướng Chính phủ: đề nghị liên hệ họ."
      : `Lịch nghỉ lễ, Tết năm ${year} trong hệ thống được dự kiến theo Bộ luật Lao động và âm lịch, chưa theo thông báo chính thức ` +
        `của Thủ tướng Chính phủ. Các thời hạn trong năm ${year} được tính theo lịch dự kiến này; quản trị viên nền tảng Kỷ Cương ` +
        "sẽ thay bằng lịch chính thức khi có thông báo.",
    html: [linkParagraphHtml(baseUrl, notice.path, link)],
    text: [`${link}: ${itemLink(baseUrl, notice.path)}`],
  };
}

/**
 * How overdue days are counted, true to the calendar the system has: a year
 * with no holiday calendar is counted without its holidays, a projected one
 * by its projection.
 */
function workingDaysNote(notices: readonly DigestCalendarNotice[]): string {
  const years = (status: DigestCalendarNotice["status"]) =>
    notices
      .filter((notice) => notice.status === status)
      .map((notice) => notice.year)
      .join(", ");
  const [missing, projected] = [years("missing"), years("projected")];
  if (!missing && !projected) {
    return "Số ngày quá hạn tính theo ngày làm việc, không kể ngày nghỉ và ngày lễ, Tết.";
  }
  const caveats = [
    missing ? `năm ${missing} chưa có lịch nghỉ lễ, Tết nên chưa trừ ngày lễ` : "",
    projected ? `năm ${projected} theo lịch nghỉ lễ dự kiến` : "",
  ].filter((caveat) => caveat !== "");
  return `Số ngày quá hạn tính theo ngày làm việc, không kể ngày nghỉ và những ngày lễ, Tết có trong lịch của hệ thống: ${caveats.join("; ")}.`;
}
