import { reportStatuses } from "@kycuong/db";
import type { TenantRef } from "@kycuong/domain/context";
import { type ReportInbox, reportDeadline } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import { type InboxFilters, inboxHref } from "../../console/report-filters";
import type { FormErrors } from "../hotline/form-errors";
import { officialDateTime, statusName } from "../i18n";
import { ConsoleLayout, type SignedInFrame } from "./console-layout";
import { ct } from "./console-text";
import { DataTable } from "./data-table";
import { ErrorSummary, Field, Select } from "./form-parts";
import { categoryName, DeadlineBadge } from "./report-parts";
import { rt } from "./report-text";

export interface ReportInboxPageProps {
  frame: SignedInFrame;
  tenant: TenantRef;
  filters: InboxFilters;
  errors: FormErrors;
  /** Null when the filters were refused (the 400 page shows the form and its errors only). */
  inbox: ReportInbox | null;
  mayRecord: boolean;
  now: Date;
}

/** The hotline inbox: a GET filter form (works without script), the list with deadline badges, the next page. */
export const ReportInboxPage: FC<ReportInboxPageProps> = ({
  frame,
  frame: { lang },
  tenant,
  filters,
  errors,
  inbox,
  mayRecord,
  now,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const categories = inbox?.categories ?? [];
  const filtering =
    Object.keys(errors).length > 0 ||
    filters.status.length > 0 ||
    filters.overdue ||
    filters.unassigned ||
    [filters.category, filters.unitId, filters.from, filters.to, filters.q].some(Boolean);
  return (
    <ConsoleLayout
      frame={frame}
      title={rt(lang, "inboxTitle")}
      path={`${app}/reports`}
      crumbs={[{ href: app, label: ct(lang, "navToday") }]}
    >
      {mayRecord ? (
        <p>
          <a href={`${app}/reports/new`}>{rt(lang, "newReport")}</a>
        </p>
      ) : null}
      <ErrorSummary lang={lang} errors={errors} idPrefix="filter-" />
      <details class="filters" {...(filtering ? { open: true } : {})}>
        <summary>{rt(lang, "filtersTitle")}</summary>
        <form method="get" action={`${app}/reports`} aria-label={rt(lang, "filtersTitle")}>
          <fieldset id="filter-status" {...(errors.status ? { "aria-describedby": "filter-status-error" } : {})}>
            <legend>{rt(lang, "status")}</legend>
            {errors.status ? (
              <p class="error" id="filter-status-error">
                {errors.status}
              </p>
            ) : null}
            <div class="checks">
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
            </div>
          </fieldset>
          <div class="filter-fields">
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
              options={[
                ["", rt(lang, "anyUnit")],
                ...(inbox?.units ?? []).map((u): [string, string] => [u.id, u.name]),
              ]}
            />
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
          </div>
          <div class="checks">
            {(["overdue", "unassigned"] as const).map((name) => (
              <label class="check" for={`filter-${name}`}>
                <input
                  id={`filter-${name}`}
                  type="checkbox"
                  name={name}
                  value="true"
                  {...(filters[name] ? { checked: true } : {})}
                />{" "}
                {rt(lang, name === "overdue" ? "overdueOnly" : "unassignedOnly")}
              </label>
            ))}
          </div>
          <button type="submit">{rt(lang, "filter")}</button> <a href={`${app}/reports`}>{rt(lang, "clearFilters")}</a>
        </form>
      </details>
      {inbox ? (
        <DataTable
          rows={inbox.page.items}
          empty={rt(lang, "noReports")}
          caption={rt(lang, "listCaption")}
          columns={[
            {
              label: rt(lang, "trackingCode"),
              cell: (report) => <a href={`${app}/reports/${report.id}`}>{report.trackingCode}</a>,
            },
            { label: rt(lang, "category"), cell: (report) => categoryName(lang, categories, report.category) },
            { label: rt(lang, "status"), cell: (report) => statusName(lang, report.status) },
            { label: rt(lang, "unit"), cell: (report) => report.unit?.name ?? rt(lang, "notAssigned") },
            { label: rt(lang, "received"), cell: (report) => officialDateTime(report.createdAt, tenant.timezone) },
            {
              label: rt(lang, "deadline"),
              cell: (report) => <DeadlineBadge lang={lang} deadline={reportDeadline(report, tenant, now)} />,
            },
          ]}
        />
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
