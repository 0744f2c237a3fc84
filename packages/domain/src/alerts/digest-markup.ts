import { dayMonthYear } from "../calendar/local-date";
import { alertItemKindLabels, alertItemKinds, type DigestItem, type DigestUnit } from "./alert-item";
import { itemStatus } from "./digest-wording";

/**
 * The pieces both digest emails are made of. Mail clients drop <style> blocks
 * and block remote content, so every style is inline, the layout is tables,
 * and nothing is loaded from anywhere: the only URLs are the items' links.
 */

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe in HTML text and in single- or double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

/**
 * One line of text: a CR/LF in a subject would start a new header, and in the
 * text part it would let a title fake lines of its own.
 */
export function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function shortened(value: string, maxLength: number): string {
  return value.length <= maxLength ? value : `${value.slice(0, maxLength - 1).trimEnd()}…`;
}

/** The item's absolute link: mail has no page to resolve a relative one against. */
export function itemLink(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

export function tally(items: readonly DigestItem[]): { overdue: number; dueSoon: number } {
  const overdue = items.filter((item) => item.overdue).length;
  return { overdue, dueSoon: items.length - overdue };
}

/** "3 việc quá hạn, 2 việc sắp đến hạn", leaving out a part that is zero. */
export function countSummary(items: readonly DigestItem[]): string {
  const { overdue, dueSoon } = tally(items);
  const parts: string[] = [];
  if (overdue > 0 || dueSoon === 0) parts.push(`${overdue} việc quá hạn`);
  if (dueSoon > 0) parts.push(`${dueSoon} việc sắp đến hạn`);
  return parts.join(", ");
}

/** One line per kind that has items, in the kinds' fixed order, e.g. "Nhiệm vụ được giao: 2 việc quá hạn". */
export function countsByKind(items: readonly DigestItem[]): string[] {
  return alertItemKinds.flatMap((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    return ofKind.length === 0 ? [] : [`${alertItemKindLabels[kind].vi}: ${countSummary(ofKind)}`];
  });
}

/** `[Kỷ Cương] Huyện Bình Sơn: … (27/11/2026)`; one line whatever the tenant is called. */
export function subjectLine(tenantName: string, summary: string, localDate: string): string {
  return oneLine(`[Kỷ Cương] ${shortened(oneLine(tenantName), 60)}: ${summary} (${dayMonthYear(localDate)})`);
}

const fontFamily = "font-family:Arial,Helvetica,sans-serif;";
const paragraphStyle = `${fontFamily}margin:0 0 12px;font-size:14px;line-height:1.5;color:#111827;`;
const subtitleStyle = `${fontFamily}margin:0 0 16px;font-size:14px;line-height:1.5;color:#4b5563;`;
// A long code or a word without spaces breaks rather than pushing the table past a phone's width.
const cellStyle = `${fontFamily}padding:6px;border:1px solid #d1d5db;font-size:13px;line-height:1.4;vertical-align:top;overflow-wrap:anywhere;word-break:break-word;`;
const headerCellStyle = `${cellStyle}background-color:#f3f4f6;font-weight:bold;text-align:left;`;
const smallStyle = "font-size:12px;color:#6b7280;";
const headingStyles = {
  1: `${fontFamily}margin:0 0 4px;font-size:20px;line-height:1.3;color:#111827;`,
  2: `${fontFamily}margin:24px 0 8px;font-size:17px;line-height:1.3;color:#111827;`,
  3: `${fontFamily}margin:20px 0 8px;font-size:15px;line-height:1.3;color:#374151;`,
} as const;

export type HeadingLevel = keyof typeof headingStyles;

export function headingHtml(level: HeadingLevel, text: string): string {
  return `<h${level} style="${headingStyles[level]}">${escapeHtml(text)}</h${level}>`;
}

export function paragraphHtml(text: string): string {
  return `<p style="${paragraphStyle}">${escapeHtml(text)}</p>`;
}

/** A paragraph that is one link to a console page, e.g. "Xem lịch năm 2028". */
export function linkParagraphHtml(baseUrl: string, path: string, text: string): string {
  const href = escapeHtml(itemLink(baseUrl, path));
  return `<p style="${paragraphStyle}"><a href="${href}" style="color:#1d4ed8;">${escapeHtml(text)}</a></p>`;
}

/** A heading in the text part, underlined so it stands out in any mail reader. */
export function headingText(level: HeadingLevel, text: string): string {
  const line = oneLine(text);
  return level === 3 ? `-- ${line} --` : `${line}\n${(level === 1 ? "=" : "-").repeat(line.length)}`;
}

/**
 * Three columns, each free to wrap: what it is (code, title, kind), who
 * answers for it, and its state with its deadline. Mail clients ignore media
 * queries often enough that the table must fit a 390 px phone as it is.
 */
const itemColumns = [
  { label: "Việc", width: "50%" },
  { label: "Phụ trách", width: "25%" },
  { label: "Tình trạng", width: "25%" },
];

/**
 * Rows listed per table. Gmail clips a message past ~102 KB and every row
 * costs ~800 bytes of inline styles, so a long list is cut: the counts above
 * each table still cover every item, and the most overdue are the ones shown.
 */
export const MAX_LISTED_ITEMS = 40;

/** The line that replaces the rows a table leaves out, or null when it lists them all. */
export function notListedLine(items: readonly DigestItem[]): string | null {
  const left = items.length - MAX_LISTED_ITEMS;
  if (left <= 0) return null;
  return `… và ${left} việc khác, ít quá hạn hơn, không liệt kê ở đây`;
}

export function itemsTableHtml(items: readonly DigestItem[], baseUrl: string): string {
  const header = itemColumns
    .map((column) => `<th style="${headerCellStyle}" width="${column.width}">${column.label}</th>`)
    .join("");
  const more = notListedLine(items);
  const rows = items.slice(0, MAX_LISTED_ITEMS).map((item) => {
    const href = escapeHtml(itemLink(baseUrl, item.path));
    const linkText = escapeHtml(oneLine(item.code)) || "Xem";
    const statusStyle = item.overdue ? "color:#b91c1c;font-weight:bold;" : "color:#b45309;font-weight:bold;";
    return [
      "<tr>",
      `<td style="${cellStyle}"><a href="${href}" style="color:#1d4ed8;font-weight:bold;">${linkText}</a><br>`,
      `${escapeHtml(item.title)}<br>`,
      `<span style="${smallStyle}">${escapeHtml(alertItemKindLabels[item.kind].vi)}</span></td>`,
      `<td style="${cellStyle}">${escapeHtml(item.responsible)}</td>`,
      `<td style="${cellStyle}"><span style="${statusStyle}">${itemStatus(item)}</span><br>`,
      `<span style="${smallStyle}">Hạn xử lý: ${dayMonthYear(item.dueDate)}</span></td>`,
      "</tr>",
    ].join("");
  });
  return [
    '<table role="table" width="100%" cellpadding="0" cellspacing="0" border="0"',
    ' style="border-collapse:collapse;width:100%;margin:0 0 12px;">',
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    more ? `<p style="${paragraphStyle}">${escapeHtml(more)}</p>` : "",
  ].join("");
}

/** The table's text equivalent: one numbered block per item, every column and the full link. */
export function itemsText(items: readonly DigestItem[], baseUrl: string): string {
  const more = notListedLine(items);
  const listed = items
    .slice(0, MAX_LISTED_ITEMS)
    .map((item, index) =>
      [
        `${index + 1}. [${oneLine(item.code)}] ${oneLine(item.title)}`,
        `   Loại: ${alertItemKindLabels[item.kind].vi}`,
        `   Phụ trách: ${oneLine(item.responsible)}`,
        `   Hạn xử lý: ${dayMonthYear(item.dueDate)}`,
        `   Tình trạng: ${itemStatus(item)}`,
        `   Xem: ${itemLink(baseUrl, item.path)}`,
      ].join("\n"),
    )
    .join("\n\n");
  return more ? `${listed}\n\n${more}` : listed;
}

/** A unit's name, its counts (in total and by kind) and its table. */
export function unitSectionHtml(unit: DigestUnit, baseUrl: string, level: HeadingLevel): string {
  const kindLines = countsByKind(unit.items).map((line) => `<li>${escapeHtml(line)}</li>`);
  return [
    headingHtml(level, unit.unitName),
    `<p style="${paragraphStyle}"><strong>${escapeHtml(countSummary(unit.items))}</strong></p>`,
    `<ul style="${paragraphStyle}padding-left:20px;">${kindLines.join("")}</ul>`,
    itemsTableHtml(unit.items, baseUrl),
  ].join("\n");
}

export function unitSectionText(unit: DigestUnit, baseUrl: string, level: HeadingLevel): string {
  return [
    headingText(level, unit.unitName),
    countSummary(unit.items),
    ...countsByKind(unit.items).map((line) => `- ${line}`),
    "",
    itemsText(unit.items, baseUrl),
  ].join("\n");
}

/** The whole message around a body: centred column, heading, footer, nothing external. */
export function emailDocumentHtml(email: {
  title: string;
  subtitle: string;
  bodyHtml: string;
  footerLines: string[];
}): string {
  const footer = email.footerLines
    .map(
      (line) =>
        `<p style="${fontFamily}margin:0 0 6px;font-size:12px;line-height:1.5;color:#6b7280;">${escapeHtml(line)}</p>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(email.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:800px;background-color:#ffffff;border:1px solid #e5e7eb;">
<tr><td style="padding:20px 16px;">
${headingHtml(1, email.title)}
<p style="${subtitleStyle}">${escapeHtml(email.subtitle)}</p>
${email.bodyHtml}
</td></tr>
<tr><td style="padding:16px;border-top:1px solid #e5e7eb;">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** The text part's frame: title, subtitle, body, then the footer after a rule. */
export function emailDocumentText(email: {
  title: string;
  subtitle: string;
  body: string;
  footerLines: string[];
}): string {
  return [
    headingText(1, email.title),
    oneLine(email.subtitle),
    "",
    email.body,
    "",
    "—",
    ...email.footerLines.map(oneLine),
    "",
  ].join("\n");
}
