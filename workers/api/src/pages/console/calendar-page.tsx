import type { CalendarYearNotice, EffectiveCalendarDay, TenantCalendar } from "@kycuong/domain/calendar";
import { rolesGrant } from "@kycuong/domain/identity";
import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import { type Lang, officialDate, oneLanguage } from "../i18n";
import { named } from "./areas-text";
import { calendarKindNames, calt, weekdayName } from "./calendar-text";
import { ConsoleLayout, type SignedInFrame } from "./console-layout";
import { ct } from "./console-text";
import { DataTable } from "./data-table";
import { CsrfField, ErrorSummary, Field, Select } from "./form-parts";

/** What the form to add a day was sent with, kept when it comes back with errors. */
export interface CalendarDayForm {
  date?: string;
  kind?: string;
  name?: string;
  source?: string;
}

export interface CalendarPageProps {
  frame: SignedInFrame;
  calendar: TenantCalendar;
  /** Other years needing the platform admin as of today (next year from 1 November). */
  notices: CalendarYearNotice[];
  errors: FormErrors;
  form: CalendarDayForm;
  /** After a post: the date saved or removed. */
  done?: { saved: string } | { removed: string };
}

/**
 * A tenant's working calendar for a year: the national year's status (a
 * projection or a missing year said plainly), every day off or swapped day
 * with where it comes from, and for those who may change the settings the
 * forms to add a day, work a national day and remove their own.
 */
export const CalendarPage: FC<CalendarPageProps> = ({
  frame,
  frame: { lang, slug, user },
  calendar,
  notices,
  errors,
  form,
  done,
}) => {
  const { year } = calendar;
  const path = `/t/${slug}/app/settings/calendar`;
  const title = calt(lang, "title", { year });
  const canWrite = rolesGrant(user.roles, "settings:write");
  const others = notices.filter((notice) => notice.year !== year && notice.status === "missing");
  return (
    <ConsoleLayout
      frame={frame}
      title={title}
      path={path}
      crumbs={[{ href: `/t/${slug}/app`, label: ct(lang, "navToday") }]}
    >
      <nav aria-label={calt(lang, "years")}>
        <ul class="filters">
          {[year - 1, year + 1].map((y) => (
            <li>
              <a href={`${path}?year=${y}`}>{calt(lang, "yearLink", { year: y })}</a>
            </li>
          ))}
        </ul>
      </nav>
      {done ? (
        <p class="notice" role="status">
          {"saved" in done
            ? calt(lang, "saved", { date: officialDate(done.saved) })
            : calt(lang, "removed", { date: officialDate(done.removed) })}
        </p>
      ) : null}
      <YearStatus lang={lang} calendar={calendar} />
      {others.map((notice) => (
        <p class="warning">
          {calt(lang, "otherYearMissing", { year: notice.year })}{" "}
          <a href={`${path}?year=${notice.year}`}>{calt(lang, "seeYear", { year: notice.year })}</a>
        </p>
      ))}
      <p>{calt(lang, "intro")}</p>
      <h2 id="days-title">{calt(lang, "daysTitle")}</h2>
      <DataTable
        rows={calendar.days}
        empty={calt(lang, "noDays")}
        caption={calt(lang, "daysTitle")}
        columns={[
          {
            label: calt(lang, "date"),
            cell: (day) => `${weekdayName(lang, day.date)}, ${officialDate(day.date)}`,
          },
          { label: calt(lang, "name"), cell: (day) => (lang === "en" && day.nameEn ? day.nameEn : day.name) },
          { label: calt(lang, "kind"), cell: (day) => <DayKind lang={lang} day={day} /> },
          {
            label: calt(lang, "origin"),
            cell: (day) =>
              day.origin === "national" ? (
                calt(lang, "national")
              ) : (
                <>
                  {calt(lang, "tenant")}
                  {day.replaces ? (
                    <>
                      <br />
                      {calt(lang, "replaces", { name: lang === "en" ? day.replaces.nameEn : day.replaces.nameVi })}
                    </>
                  ) : null}
                </>
              ),
          },
          {
            label: calt(lang, "source"),
            cell: (day) =>
              day.origin === "national"
                ? calt(lang, "nationalSource")
                : day.source
                  ? day.source
                  : named(lang, {}, null),
          },
          canWrite && {
            label: calt(lang, "actions"),
            cell: (day) => <DayActions lang={lang} path={path} csrf={user.csrfToken} year={year} day={day} />,
          },
        ]}
      />
      {canWrite ? (
        <>
          <h2 id="form-title">{calt(lang, "formTitle")}</h2>
          <p>{calt(lang, "formHelp")}</p>
          <ErrorSummary lang={lang} errors={errors} />
          <form method="post" action={path} aria-labelledby="form-title" novalidate>
            <CsrfField token={user.csrfToken} />
            <input type="hidden" name="year" value={String(year)} />
            <Field
              name="date"
              type="date"
              label={calt(lang, "date")}
              help={calt(lang, "dateHelp")}
              value={form.date ?? ""}
              errors={errors}
              required
            />
            <Select
              name="kind"
              label={calt(lang, "kindField")}
              options={[
                ["holiday", calt(lang, "kindHoliday")],
                ["worked", calt(lang, "kindWorked")],
              ]}
              value={form.kind ?? "holiday"}
              errors={errors}
            />
            <Field
              name="name"
              label={calt(lang, "nameField")}
              help={calt(lang, "nameHelp")}
              value={form.name ?? ""}
              errors={errors}
              maxlength={200}
              required
            />
            <Field
              name="source"
              label={calt(lang, "sourceField")}
              help={calt(lang, "sourceHelp")}
              value={form.source ?? ""}
              errors={errors}
              maxlength={500}
            />
            <button type="submit">{calt(lang, "save")}</button>
          </form>
        </>
      ) : null}
    </ConsoleLayout>
  );
};

/** The national year's status: announced (with its source), a projection, or missing, said plainly. */
const YearStatus: FC<{ lang: Lang; calendar: TenantCalendar }> = ({ lang, calendar: { year, status, source } }) => {
  const sourceLine = source ? (
    <p>
      <strong>{calt(lang, "source")}:</strong> {oneLanguage(lang, source)}
    </p>
  ) : null;
  if (status === "announced") {
    return (
      <div class="notice">
        <p>{calt(lang, "announced", { year })}</p>
        {sourceLine}
      </div>
    );
  }
  const missing = status === "missing";
  return (
    <div class="warning">
      <h2>{calt(lang, missing ? "missingTitle" : "projectedTitle", { year })}</h2>
      <p>{calt(lang, missing ? "missing" : "projected", { year })}</p>
      {sourceLine}
    </div>
  );
};

const DayKind: FC<{ lang: Lang; day: EffectiveCalendarDay }> = ({ lang, day }) => {
  const kind =
    day.origin === "tenant" && day.kind === "holiday"
      ? calt(lang, "kindHoliday")
      : named(lang, calendarKindNames, day.kind);
  return (
    <>
      <span class={`badge ${day.dayOff ? "soon" : "ok"}`}>{calt(lang, day.dayOff ? "dayOff" : "workDay")}</span> {kind}
    </>
  );
};

/**
 * What an admin may do on a row: work an inherited national day off, or
 * remove the district's own day (the national calendar counts again).
 */
const DayActions: FC<{ lang: Lang; path: string; csrf: string; year: number; day: EffectiveCalendarDay }> = ({
  lang,
  path,
  csrf,
  year,
  day,
}) => {
  const date = officialDate(day.date);
  if (day.origin === "tenant") {
    return (
      <form method="post" action={`${path}/${day.date}/remove`} class="inline">
        <CsrfField token={csrf} />
        <button type="submit" class="secondary">
          {calt(lang, "remove", { date })}
        </button>
      </form>
    );
  }
  if (!day.dayOff) return null;
  return (
    <form method="post" action={path} class="inline">
      <CsrfField token={csrf} />
      <input type="hidden" name="year" value={String(year)} />
      <input type="hidden" name="date" value={day.date} />
      <input type="hidden" name="kind" value="worked" />
      <input type="hidden" name="name" value={calt(lang, "workedDefaultName")} />
      <button type="submit" class="secondary">
        {calt(lang, "markWorked", { date })}
      </button>
    </form>
  );
};
