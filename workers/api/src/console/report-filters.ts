import { reportStatuses } from "@kycuong/db";
import { addDays, endOfLocalDay } from "@kycuong/domain/calendar";
import { ReportListQuery } from "@kycuong/domain/reports";
import { rt } from "../pages/console/report-text";
import type { FormErrors } from "../pages/hotline/form-errors";
import { type Lang, oneLanguage } from "../pages/i18n";

/** The inbox filters as the form shows them (what was typed, even when wrong). */
export interface InboxFilters {
  status: string[];
  category: string;
  unitId: string;
  overdue: boolean;
  unassigned: boolean;
  from: string;
  to: string;
  q: string;
  cursor: string;
}

export const INBOX_PAGE_SIZE = 50;

/**
 * Reads the inbox's query string (`status` repeatable, `from`/`to` local
 * dates in the tenant's zone) into the list verb's query. `from` is the
 * start of its day, `to` the end of its day (the verb's `to` is exclusive).
 * Wrong values come back as field errors for a 400 page, never a 500.
 */
export function parseInboxFilters(
  queries: Record<string, string[]>,
  timeZone: string,
  lang: Lang,
): { filters: InboxFilters; query: ReportListQuery & { limit: number; cursor?: string }; errors: FormErrors } {
  const one = (name: string) => (queries[name]?.[0] ?? "").trim();
  const filters: InboxFilters = {
    status: (queries.status ?? []).filter((s) => s !== ""),
    category: one("category"),
    unitId: one("unitId"),
    overdue: one("overdue") === "true",
    unassigned: one("unassigned") === "true",
    from: one("from"),
    to: one("to"),
    q: one("q"),
    cursor: one("cursor"),
  };
  const errors: FormErrors = {};
  const bad = rt(lang, "badFilter");
  for (const name of ["overdue", "unassigned"] as const) {
    if (!["", "true", "false"].includes(one(name))) errors[name] = bad;
  }
  if (filters.status.some((s) => !(reportStatuses as readonly string[]).includes(s))) errors.status = bad;
  const startOf = (date: string) => new Date(endOfLocalDay(addDays(date, -1), timeZone).getTime() + 1).toISOString();
  const endOf = (date: string) => new Date(endOfLocalDay(date, timeZone).getTime() + 1).toISOString();
  for (const name of ["from", "to"] as const) {
    if (filters[name] && !isLocalDate(filters[name])) errors[name] = rt(lang, "badDate");
  }
  const candidate = {
    ...(filters.status.length > 0 && !errors.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(one("overdue") === "true" || one("overdue") === "false" ? { overdue: one("overdue") } : {}),
    ...(one("unassigned") === "true" || one("unassigned") === "false" ? { unassigned: one("unassigned") } : {}),
    ...(filters.from && !errors.from ? { from: startOf(filters.from) } : {}),
    ...(filters.to && !errors.to ? { to: endOf(filters.to) } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
  const parsed = ReportListQuery.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "q");
      errors[field] ??= field === "q" ? oneLanguage(lang, issue.message) : bad;
    }
  }
  const query = {
    ...(parsed.success ? parsed.data : {}),
    limit: INBOX_PAGE_SIZE,
    ...(filters.cursor ? { cursor: filters.cursor.slice(0, 200) } : {}),
  };
  return { filters, query, errors };
}

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The inbox URL with these filters (and a cursor, for the next page). */
export function inboxHref(slug: string, filters: InboxFilters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const status of filters.status) params.append("status", status);
  if (filters.category) params.set("category", filters.category);
  if (filters.unitId) params.set("unitId", filters.unitId);
  if (filters.overdue) params.set("overdue", "true");
  if (filters.unassigned) params.set("unassigned", "true");
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.q) params.set("q", filters.q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return `/t/${slug}/app/reports${query ? `?${query}` : ""}`;
}
