import { dayMonthYear } from "../calendar/local-date";
import type { DigestContext, RenderedEmail, UnitDigest } from "./alert-item";
import {
  emailDocumentHtml,
  emailDocumentText,
  paragraphHtml,
  subjectLine,
  tally,
  unitSectionHtml,
  unitSectionText,
} from "./digest-markup";
import { inSentence } from "./digest-wording";

/**
 * The daily email to a unit head: one section per unit they head (a head can
 * lead two units), each with its counts and its items in the order given,
 * most overdue first.
 */
export function renderUnitDigest(digest: UnitDigest, ctx: DigestContext): RenderedEmail {
  const units = digest.units.filter((unit) => unit.items.length > 0);
  const { overdue, dueSoon } = tally(units.flatMap((unit) => unit.items));
  const date = dayMonthYear(ctx.localDate);

  const title = `Cảnh báo hạn xử lý ngày ${date}`;
  const subtitle = `${ctx.tenantName}: ${overdue} việc quá hạn, ${dueSoon} việc sắp đến hạn`;
  const intro =
    units.length > 1
      ? "Các đơn vị do đồng chí phụ trách có việc đã quá hạn hoặc sắp đến hạn xử lý."
      : "Đơn vị do đồng chí phụ trách có việc đã quá hạn hoặc sắp đến hạn xử lý.";
  const footerLines = [
    `Thư tự động từ hệ thống Kỷ Cương của ${inSentence(ctx.tenantName)}, gửi mỗi ngày làm việc đến thủ trưởng đơn vị có việc quá hạn hoặc sắp đến hạn. Số ngày quá hạn tính theo ngày làm việc, không kể ngày nghỉ và ngày lễ, Tết.`,
  ];

  return {
    subject: subjectLine(ctx.tenantName, `${overdue} việc quá hạn, ${dueSoon} việc sắp đến hạn`, ctx.localDate),
    html: emailDocumentHtml({
      title,
      subtitle,
      bodyHtml: [
        paragraphHtml(`${intro} Bấm vào mã để mở từng việc.`),
        ...units.map((unit) => unitSectionHtml(unit, ctx.baseUrl, 2)),
      ].join("\n"),
      footerLines,
    }),
    text: emailDocumentText({
      title,
      subtitle,
      body: [intro, ...units.map((unit) => unitSectionText(unit, ctx.baseUrl, 2))].join("\n\n"),
      footerLines,
    }),
  };
}
