import { workingCalendar, workingDaysLeft, workingDaysOverdue } from "@kycuong/domain/calendar";
import type { TenantRef } from "@kycuong/domain/context";
import type { FC } from "hono/jsx";
import { type Lang, officialDate } from "../i18n";
import { at, atf } from "./areas-text";
import type { Crumb, SignedInFrame } from "./console-layout";
import { ct } from "./console-text";

/** A page of a list, as the verbs answer it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What every area page is given besides its data. */
export interface AreaPageProps {
  frame: SignedInFrame;
  /** The tenant as the calendar and the due-soon horizon need it. */
  tenant: TenantRef;
  now: Date;
}

/**
 * A deadline's badge: overdue (red, with the working days past it), due
 * soon (within the tenant's due-soon working days, as the digests say) or
 * fine (working days left). A closed item's deadline gets no badge.
 */
export const DueBadge: FC<{ lang: Lang; tenant: TenantRef; dueAt: string | null; open: boolean; now: Date }> = ({
  lang,
  tenant,
  dueAt,
  open,
  now,
}) => {
  if (!dueAt || !open) return null;
  const calendar = workingCalendar(tenant);
  const due = new Date(dueAt);
  if (now.getTime() > due.getTime()) {
    const days = workingDaysOverdue(calendar, due, now);
    return (
      <span class="badge overdue">{days > 0 ? atf(lang, "overdueDays", { n: days }) : at(lang, "overdueToday")}</span>
    );
  }
  const left = workingDaysLeft(calendar, due, now);
  const tone = left <= tenant.settings.alertDueSoonWorkingDays ? "soon" : "ok";
  return <span class={`badge ${tone}`}>{left === 0 ? at(lang, "dueToday") : atf(lang, "daysLeft", { n: left })}</span>;
};

/** A due date and its badge, side by side. */
export const Due: FC<{
  lang: Lang;
  tenant: TenantRef;
  dueOn: string | null;
  dueAt: string | null;
  open: boolean;
  now: Date;
}> = (props) => (
  <>
    {officialDate(props.dueOn)} <DueBadge {...props} />
  </>
);

/** Links that narrow a list (Open · Overdue · Due soon …), the current one marked. */
export const FilterLinks: FC<{ lang: Lang; links: { href: string; label: string; current: boolean }[] }> = ({
  lang,
  links,
}) => (
  <nav aria-label={at(lang, "filters")}>
    <ul class="filters">
      {links.map((link) => (
        <li>
          <a href={link.href} {...(link.current ? { "aria-current": "page" } : {})}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);

/** The next page of a list, when there is one (cursor paging: a link forward, and back to the start). */
export const Pager: FC<{
  lang: Lang;
  path: string;
  query: Record<string, string | undefined>;
  next: string | null;
  paged: boolean;
}> = ({ lang, path, query, next, paged }) => {
  if (!next && !paged) return null;
  const href = (cursor?: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, value);
    if (cursor) params.set("cursor", cursor);
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <nav aria-label={at(lang, "pages")} class="pager">
      {paged ? <a href={href()}>{at(lang, "firstPage")}</a> : null}
      {next ? (
        <a href={href(next)} rel="next">
          {at(lang, "nextPage")}
        </a>
      ) : null}
    </nav>
  );
};

/** Crumbs from Today down to an area's list. */
export function areaCrumbs(lang: Lang, slug: string, ...more: Crumb[]): Crumb[] {
  return [{ href: `/t/${slug}/app`, label: ct(lang, "navToday") }, ...more];
}
