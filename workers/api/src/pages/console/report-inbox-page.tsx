import { reportStatuses } from "@kycuong/db";
import type { TenantRef } from "@kycuong/domain/context";
import { type ReportInbox, reportDeadline } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import { type InboxFilters, inboxHref } from "../../console/report-filters";
import type { FormErrors } from "../hotline/form-errors";
import { type Lang, localTime, statusName } from "../i18n";
import { ConsoleLayout, type ConsoleUser } from "./console-layout";
import { ct } from "./console-text";
import { ErrorSummary, Field } from "./form-parts";
import { categoryName, DeadlineBadge, Select } from "./report-parts";
import { rt } from "./report-text";

export interface ReportInboxPageProps {
  lang: Lang;
  tenant: TenantRef;
  user: ConsoleUser;
  filters: InboxFilters;
  errors: FormErrors;
  /** Null when the filters were refused (the 400 page shows the form and its errors only). */
  inbox: ReportInbox | null;
  mayRecord: boolean;
  now: Date;
}

/** The hotline inbox: a GET filter form (works without script), the list with deadline badges, the next page. */
export const ReportInboxPage: FC<ReportInboxPageProps> = ({
  lang,
  tenant,
  user,
  filters,
  errors,
  inbox,
  mayRecord,
  now,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const categories = inbox?.categories ?? [];
  return (
    <ConsoleLayout
      lang={lang}
      slug={tenant.slug}
      tenantName={tenant.name}
      title={rt(lang, "inboxTitle")}
      user={user}
      path={`${app}/reports`}
      crumbs={[{ href: app, label: ct(lang, "navToday") }]}
    >
      {mayRecord ? (
        <p>
          <a href={`${app}/reports/new`}>{rt(lang, "newReport")}</a>
        </p>
      ) : null}
      <ErrorSummary lang={lang} errors={errors} idPrefix="filter-" />
      <form method="get" action={`${app}/reports`} aria-labelledby="filters-title">
        <h2 id="filters-title">{rt(lang, "filtersTitle")}</h2>
        <fieldset id="filter-status" {...(errors.status ? { "aria-describedby": "filter-status-error" } : {})}>
          <legend>{rt(lang, "status")}</legend>
          {errors.status ? (
            <p class="error" id="filter-status-error">
              {errors.status}
            </p>
          ) : null}
          {reportStatuses.map((status) => (
            <label class="check">
              <input
                type="checkbox"
                name="status"
                value={status}
                {...(filters.status.includes(status) ? { checked: true } : {})}
              />{" "}
              {statusName(lang, status)}
            </label>
          ))}
        </fieldset>
        <Select
          name="category"
          idPrefix="filter-"
          label={rt(lang, "category")}
          errors={errors}
          value={filters.category}
          options={[
            ["", rt(lang, "anyCategory")],
            ...categories.map((c): [string, string] => [c.code, lang === "en" ? c.nameEn : c.nameVi]),
          ]}
        />
        <Select
          name="unitId"
          idPrefix="filter-"
          label={rt(lang, "unit")}
          errors={errors}
          value={filters.unitId}
          options={[["", rt(lang, "anyUnit")], ...(inbox?.units ?? []).map((u): [string, string] => [u.id, u.name])]}
        />
        <label class="check" for="filter-overdue">
          <input
            id="filter-overdue"
            type="checkbox"
            name="overdue"
            value="true"
            {...(filters.overdue ? { checked: true } : {})}
          />{" "}
          {rt(lang, "overdueOnly")}
        </label>
        <label class="check" for="filter-unassigned">
          <input
            id="filter-unassigned"
            type="checkbox"
            name="unassigned"
            value="true"
            {...(filters.unassigned ? { checked: true } : {})}
          />{" "}
          {rt(lang, "unassignedOnly")}
        </label>
        <Field
          name="from"
          idPrefix="filter-"
          type="date"
          label={rt(lang, "from")}
          errors={errors}
          value={filters.from}
        />
        <Field name="to" idPrefix="filter-" type="date" label={rt(lang, "to")} errors={errors} value={filters.to} />
        <Field
          name="q"
          idPrefix="filter-"
          type="search"
          label={rt(lang, "q")}
          errors={errors}
          value={filters.q}
          maxlength={100}
        />
        <button type="submit">{rt(lang, "filter")}</button> <a href={`${app}/reports`}>{rt(lang, "clearFilters")}</a>
      </form>
      {inbox ? (
        inbox.page.items.length === 0 ? (
          <p class="card">{rt(lang, "noReports")}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{rt(lang, "listCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{rt(lang, "trackingCode")}</th>
                  <th scope="col">{rt(lang, "category")}</th>
                  <th scope="col">{rt(lang, "status")}</th>
                  <th scope="col">{rt(lang, "unit")}</th>
                  <th scope="col">{rt(lang, "received")}</th>
                  <th scope="col">{rt(lang, "deadline")}</th>
                </tr>
              </thead>
              <tbody>
                {inbox.page.items.map((report) => (
                  <tr>
                    <td>
                      <a href={`${app}/reports/${report.id}`}>{report.trackingCode}</a>
                    </td>
                    <td>{categoryName(lang, categories, report.category)}</td>
                    <td>{statusName(lang, report.status)}</td>
                    <td>{report.unit?.name ?? rt(lang, "notAssigned")}</td>
                    <td>{localTime(lang, report.createdAt, tenant.timezone)}</td>
                    <td>
                      <DeadlineBadge lang={lang} deadline={reportDeadline(report, tenant, now)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {inbox?.page.nextCursor ? (
        <p>
          <a href={inboxHref(tenant.slug, filters, inbox.page.nextCursor)} rel="next">
            {rt(lang, "nextPage")}
          </a>
        </p>
      ) : null}
    </ConsoleLayout>
  );
};
