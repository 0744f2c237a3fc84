import type { TodayEntry, TodayItem, TodaysWork, TodayUnit } from "@kycuong/domain/alerts";
import type { FC } from "hono/jsx";
import { type Lang, officialDate, oneLanguage } from "../i18n";
import { type Column, DataTable } from "./data-table";
import { ht } from "./home-text";

/** What each section of the home is given: the page's language, the console's root, the whole answer and its part. */
export type Section<K extends keyof TodaysWork> = NonNullable<TodaysWork[K]>;
export interface SectionProps<K extends keyof TodaysWork> {
  lang: Lang;
  app: string;
  work: TodaysWork;
  section: Section<K>;
}

export interface Figure {
  count: number;
  label: string;
  href: string;
}

/** Figures as cards; the number is the link to the list behind it. */
export const Figures: FC<{ figures: Figure[] }> = ({ figures }) => (
  <ul class="figures">
    {figures.map((figure) => (
      <li>
        <a href={figure.href} aria-label={`${figure.count} ${figure.label}`}>
          {figure.count}
        </a>
        <span aria-hidden="true">{figure.label}</span>
      </li>
    ))}
  </ul>
);

/** How far an item is from its deadline, as a badge. */
export const DueBadge: FC<{ lang: Lang; item: TodayItem }> = ({ lang, item }) =>
  item.overdue ? (
    <span class="badge overdue">{ht(lang, "overdueBadge", { n: item.workingDaysOverdue })}</span>
  ) : (
    <span class="badge soon">
      {item.workingDaysLeft === 0 ? ht(lang, "dueTodayBadge") : ht(lang, "leftBadge", { n: item.workingDaysLeft })}
    </span>
  );

/**
 * Items with deadlines, as a digest lists them: reference, what (a link to
 * its page), who answers for it, the due date and the badge. `extra` adds a
 * column (e.g. reminders so far); an empty list says `empty` instead.
 */
export const ItemTable: FC<{
  lang: Lang;
  items: TodayItem[];
  empty: string;
  extra?: Column<TodayItem>;
}> = ({ lang, items, empty, extra }) => (
  <DataTable
    rows={items}
    empty={empty}
    columns={[
      { label: ht(lang, "colCode"), cell: (item) => item.code },
      { label: ht(lang, "colItem"), cell: (item) => <a href={item.path}>{item.title}</a> },
      { label: ht(lang, "colResponsible"), cell: (item) => oneLanguage(lang, item.responsible) },
      { label: ht(lang, "colDue"), cell: (item) => officialDate(item.dueDate) },
      { label: ht(lang, "colState"), cell: (item) => <DueBadge lang={lang} item={item} /> },
      extra,
    ]}
  />
);

/** Units and their items (the leadership digest's sections). */
export const UnitTables: FC<{ lang: Lang; units: TodayUnit[]; empty: string }> = ({ lang, units, empty }) =>
  units.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <div>
      {units.map((unit) => (
        <section>
          <h4>{oneLanguage(lang, unit.unitName)}</h4>
          <ItemTable lang={lang} items={unit.items} empty={empty} />
        </section>
      ))}
    </div>
  );

/** Records or inspections in a short list. */
export const EntryTable: FC<{ lang: Lang; entries: TodayEntry[]; empty: string }> = ({ lang, entries, empty }) => (
  <DataTable
    rows={entries}
    empty={empty}
    columns={[
      { label: ht(lang, "colCode"), cell: (entry) => entry.code },
      { label: ht(lang, "colItem"), cell: (entry) => <a href={entry.path}>{entry.title}</a> },
      { label: ht(lang, "colDate"), cell: (entry) => (entry.date ? officialDate(entry.date) : "") },
    ]}
  />
);

/** "Showing 10 of 14. See them all" under a list cut short. */
export const More: FC<{ lang: Lang; shown: number; total: number; href: string }> = ({ lang, shown, total, href }) =>
  total > shown ? (
    <p>
      {ht(lang, "showingFirst", { shown, total })} <a href={href}>{ht(lang, "seeAll")}</a>
    </p>
  ) : null;
