import type { TrackingBookEntry } from "@kycuong/domain/tracking-book";
import type { FC } from "hono/jsx";
import { officialDate } from "../i18n";
import { type AreaPageProps, areaCrumbs, type Page, Pager } from "./area-parts";
import { at, atf, named, taskStatusNames } from "./areas-text";
import { ConsoleLayout } from "./console-layout";
import { DataTable } from "./data-table";

/** One year of the tracking book (sổ theo dõi), in the order entries were made. */
export const TrackingBookPage: FC<AreaPageProps & { year: number; page: Page<TrackingBookEntry>; paged: boolean }> = ({
  frame,
  frame: { lang },
  tenant,
  year,
  page,
  paged,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const path = `${app}/tracking-book`;
  const title = atf(lang, "trackingBookTitle", { year });
  return (
    <ConsoleLayout frame={frame} title={title} path={path} crumbs={areaCrumbs(lang, tenant.slug)}>
      <nav aria-label={at(lang, "filters")}>
        <ul class="filters">
          <li>
            <a href={`${path}?year=${year - 1}`}>{atf(lang, "previousYear", { year: year - 1 })}</a>
          </li>
          <li>
            <a href={`${path}?year=${year + 1}`}>{atf(lang, "previousYear", { year: year + 1 })}</a>
          </li>
        </ul>
      </nav>
      <DataTable
        rows={page.items}
        empty={at(lang, "nothingHere")}
        caption={title}
        columns={[
          {
            label: at(lang, "task"),
            cell: (entry) => (
              <>
                <a href={`${app}/tasks/${entry.task.id}`}>{entry.task.title}</a>
                {entry.task.sourceDocNumber ? (
                  <>
                    <br />
                    {atf(lang, "sourceDocOf", {
                      number: entry.task.sourceDocNumber,
                      date: officialDate(entry.task.sourceDocDate),
                    })}
                  </>
                ) : null}
              </>
            ),
          },
          {
            label: at(lang, "unit"),
            cell: (entry) => (
              <>
                {entry.unit.name}
                {entry.partyOrganisation ? (
                  <>
                    <br />
                    {entry.partyOrganisation}
                  </>
                ) : null}
              </>
            ),
          },
          { label: at(lang, "official"), cell: (entry) => entry.official?.fullName ?? at(lang, "none") },
          {
            label: at(lang, "reminders"),
            cell: (entry) => (
              <ul>
                {entry.reminders.map((r) => (
                  <li>
                    {atf(lang, r.voidedByEntryId ? "reminderLineVoided" : "reminderLine", {
                      n: r.sequence,
                      number: r.docNumber,
                      date: officialDate(r.docDate),
                    })}
                  </li>
                ))}
              </ul>
            ),
          },
          { label: at(lang, "enteredOn"), cell: (entry) => officialDate(entry.createdAt, tenant.timezone) },
          {
            label: at(lang, "status"),
            cell: (entry) => (
              <>
                {named(lang, taskStatusNames, entry.task.status)}
                {entry.annulment ? (
                  <>
                    <br />
                    {atf(lang, "annulled", { reason: entry.annulment.reason })}
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <Pager lang={lang} path={path} query={{ year: String(year) }} next={page.nextCursor} paged={paged} />
    </ConsoleLayout>
  );
};
