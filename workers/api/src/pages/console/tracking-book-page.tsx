import type { TrackingBookEntry } from "@kycuong/domain/tracking-book";
import type { FC } from "hono/jsx";
import { type AreaPageProps, areaCrumbs, dmy, ListTable, localDmy, type Page, Pager } from "./area-parts";
import { at, atf, named, taskStatusNames } from "./areas-text";
import { ConsoleLayout } from "./console-layout";

/** One year of the tracking book (sổ theo dõi), in the order entries were made. */
export const TrackingBookPage: FC<AreaPageProps & { year: number; page: Page<TrackingBookEntry>; paged: boolean }> = ({
  lang,
  tenant,
  user,
  year,
  page,
  paged,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const path = `${app}/tracking-book`;
  const title = atf(lang, "trackingBookTitle", { year });
  return (
    <ConsoleLayout
      lang={lang}
      slug={tenant.slug}
      tenantName={tenant.name}
      title={title}
      user={user}
      path={path}
      crumbs={areaCrumbs(lang, tenant.slug)}
    >
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
      <ListTable
        lang={lang}
        empty={page.items.length === 0}
        caption={title}
        head={[
          at(lang, "task"),
          at(lang, "unit"),
          at(lang, "official"),
          at(lang, "reminders"),
          at(lang, "enteredOn"),
          at(lang, "status"),
        ]}
      >
        {page.items.map((entry) => (
          <tr>
            <td>
              <a href={`${app}/tasks/${entry.task.id}`}>{entry.task.title}</a>
              {entry.task.sourceDocNumber ? (
                <>
                  <br />
                  {atf(lang, "sourceDocOf", {
                    number: entry.task.sourceDocNumber,
                    date: dmy(entry.task.sourceDocDate),
                  })}
                </>
              ) : null}
            </td>
            <td>
              {entry.unit.name}
              {entry.partyOrganisation ? (
                <>
                  <br />
                  {entry.partyOrganisation}
                </>
              ) : null}
            </td>
            <td>{entry.official?.fullName ?? at(lang, "none")}</td>
            <td>
              <ul>
                {entry.reminders.map((r) => (
                  <li>{atf(lang, "reminderLine", { n: r.sequence, number: r.docNumber, date: dmy(r.docDate) })}</li>
                ))}
              </ul>
            </td>
            <td>{localDmy(entry.createdAt, tenant.timezone)}</td>
            <td>
              {named(lang, taskStatusNames, entry.task.status)}
              {entry.annulment ? (
                <>
                  <br />
                  {atf(lang, "annulled", { reason: entry.annulment.reason })}
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTable>
      <Pager lang={lang} path={path} query={{ year: String(year) }} next={page.nextCursor} paged={paged} />
    </ConsoleLayout>
  );
};
