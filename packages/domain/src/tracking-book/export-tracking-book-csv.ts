import { assertCan } from "../access/assert-can";
import { dayMonthYear as dmy, localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { bookYear, selectEntries } from "./select-entries";
import type { TrackingBookEntry, TrackingBookQuery } from "./tracking-book-view";

/** Far more than a district's book holds in a year; an export never pages. */
const MAX_ROWS = 10_000;

const header = [
  "Năm",
  "Nhiệm vụ",
  "Văn bản giao",
  "Đơn vị",
  "Tổ chức đảng",
  "Cán bộ/Đảng viên",
  "Nhắc nhở",
  "Ngày ghi sổ",
  "Hủy bỏ",
  "Lý do hủy",
];

export interface TrackingBookCsv {
  filename: string;
  /** Starts with a BOM so Excel reads the Vietnamese as UTF-8. */
  body: string;
}

/** The tracking book of one year as RFC 4180 CSV, same filters as the list, dates as dd/mm/yyyy. */
export async function exportTrackingBookCsv(ctx: TenantContext, query: TrackingBookQuery): Promise<TrackingBookCsv> {
  assertCan(ctx, "discipline:read");
  const year = bookYear(ctx, query);
  const entries = await selectEntries(ctx, { query: { ...query, year }, limit: MAX_ROWS });
  const lines = [header, ...entries.map((entry) => row(entry, ctx.tenant.timezone))].map((cells) =>
    cells.map(csvCell).join(","),
  );
  return { filename: `so-theo-doi-${year}.csv`, body: `\uFEFF${lines.join("\r\n")}\r\n` };
}

function row(entry: TrackingBookEntry, timeZone: string): string[] {
  const task = entry.task;
  return [
    String(entry.year),
    task.title,
    [task.sourceDocNumber, task.sourceDocDate ? `ngày ${dmy(task.sourceDocDate)}` : null].filter(Boolean).join(" "),
    entry.unit.name,
    entry.partyOrganisation ?? "",
    entry.official?.fullName ?? "",
    entry.reminders
      .map((r) => `Lần ${r.sequence}: ${r.docNumber} ngày ${dmy(r.docDate)}${r.voidedByEntryId ? " (không tính)" : ""}`)
      .join("; "),
    dmy(localDate(new Date(entry.createdAt), timeZone)),
    entry.annulment ? dmy(localDate(new Date(entry.annulment.at), timeZone)) : "",
    entry.annulment?.reason ?? "",
  ];
}

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes
 * doubled. A field starting like a formula (= + - @) gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
