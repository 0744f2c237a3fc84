import { decisionNames, type ViolationRecord, type ViolationRecordSummary } from "@kycuong/domain/violations";
import type { FC } from "hono/jsx";
import { type Lang, officialDate, officialDateTime } from "../i18n";
import { type AreaPageProps, areaCrumbs, DueBadge, FilterLinks, type Page, Pager } from "./area-parts";
import {
  type AreasTextKey,
  at,
  atf,
  named,
  officialStatusNames,
  recordStatusNames,
  signatureNames,
} from "./areas-text";
import { ConsoleLayout } from "./console-layout";
import { DataTable } from "./data-table";

export interface ViolationFilter {
  status?: "draft" | "issued" | "closed" | undefined;
  awaiting?: "explanation" | "decision" | undefined;
}

function listTitle(filter: ViolationFilter): AreasTextKey {
  if (filter.awaiting === "explanation") return "violationsExplanationTitle";
  if (filter.awaiting === "decision") return "violationsDecisionTitle";
  if (filter.status === "draft") return "violationsDraftTitle";
  if (filter.status === "issued") return "violationsIssuedTitle";
  if (filter.status === "closed") return "violationsClosedTitle";
  return "violationsTitle";
}

/** Violation records, newest first, filtered by status or by what the follow-up waits for. */
export const ViolationListPage: FC<
  AreaPageProps & { filter: ViolationFilter; page: Page<ViolationRecordSummary>; paged: boolean }
> = ({ frame, frame: { lang }, tenant, now, filter, page, paged }) => {
  const path = `/t/${tenant.slug}/app/violations`;
  const title = at(lang, listTitle(filter));
  const none = !filter.status && !filter.awaiting;
  const link = (query: string, label: AreasTextKey, current: boolean) => ({
    href: query ? `${path}?${query}` : path,
    label: at(lang, label),
    current,
  });
  return (
    <ConsoleLayout frame={frame} title={title} path={path} crumbs={areaCrumbs(lang, tenant.slug)}>
      <FilterLinks
        lang={lang}
        links={[
          link("", "all", none),
          link("status=draft", "violationsDraftTitle", filter.status === "draft" && !filter.awaiting),
          link("status=issued", "violationsIssuedTitle", filter.status === "issued" && !filter.awaiting),
          link("awaiting=explanation", "awaitingExplanation", filter.awaiting === "explanation"),
          link("awaiting=decision", "awaitingDecision", filter.awaiting === "decision"),
          link("status=closed", "violationsClosedTitle", filter.status === "closed" && !filter.awaiting),
        ]}
      />
      <DataTable
        rows={page.items}
        empty={at(lang, "nothingHere")}
        caption={title}
        columns={[
          {
            label: at(lang, "violationType"),
            cell: (record) => (
              <>
                <a href={`${path}/${record.id}`}>{record.typeCode}</a>
                <br />
                {record.place}
              </>
            ),
          },
          { label: at(lang, "occurredAt"), cell: (record) => officialDateTime(record.occurredAt, tenant.timezone) },
          {
            label: at(lang, "officialsConcerned"),
            cell: (record) => record.officials.map((o) => o.fullName).join(", "),
          },
          { label: at(lang, "status"), cell: (record) => named(lang, recordStatusNames, record.status) },
          {
            label: at(lang, "correctiveDue"),
            cell: (record) => (
              <>
                {officialDate(record.correctiveDueAt, tenant.timezone)}{" "}
                <CorrectiveBadge lang={lang} tenant={tenant} record={record} now={now} />
              </>
            ),
          },
        ]}
      />
      <Pager
        lang={lang}
        path={path}
        query={{ status: filter.status, awaiting: filter.awaiting }}
        next={page.nextCursor}
        paged={paged}
      />
    </ConsoleLayout>
  );
};

/** The corrective report's deadline badge, while some named official's unit has not reported (each unit once). */
const CorrectiveBadge: FC<Omit<AreaPageProps, "frame"> & { lang: Lang; record: ViolationRecordSummary }> = ({
  lang,
  tenant,
  record,
  now,
}) => {
  const units = new Set(record.officials.map((o) => o.unit.id)).size;
  const open = record.status === "issued" && record.correctiveReports.length < units;
  return <DueBadge lang={lang} tenant={tenant} dueAt={record.correctiveDueAt} open={open} now={now} />;
};

/** One violation record, read-only: what happened, who is concerned, where each one's follow-up stands. */
export const ViolationPage: FC<AreaPageProps & { record: ViolationRecord }> = ({
  frame,
  frame: { lang },
  tenant,
  now,
  record,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const tz = tenant.timezone;
  return (
    <ConsoleLayout
      frame={frame}
      title={atf(lang, "violationTitle", { type: record.typeCode })}
      path={`${app}/violations/${record.id}`}
      crumbs={areaCrumbs(lang, tenant.slug, { href: `${app}/violations`, label: at(lang, "violationsCrumb") })}
    >
      <dl class="facts card">
        <dt>{at(lang, "status")}</dt>
        <dd>{named(lang, recordStatusNames, record.status)}</dd>
        <dt>{at(lang, "violationType")}</dt>
        <dd>{record.typeCode}</dd>
        <dt>{at(lang, "place")}</dt>
        <dd>{record.place}</dd>
        <dt>{at(lang, "occurredAt")}</dt>
        <dd>{officialDateTime(record.occurredAt, tz)}</dd>
        <dt>{at(lang, "description")}</dt>
        <dd>{record.description}</dd>
        <dt>{at(lang, "witnesses")}</dt>
        <dd>{record.witnesses.length > 0 ? record.witnesses.join(", ") : at(lang, "none")}</dd>
        <dt>{at(lang, "issuedAt")}</dt>
        <dd>{officialDateTime(record.issuedAt, tz)}</dd>
        <dt>{at(lang, "version")}</dt>
        <dd>{record.version}</dd>
        <dt>{at(lang, "correctiveDue")}</dt>
        <dd>
          {officialDate(record.correctiveDueAt, tz)}{" "}
          {record.correctiveOverdue ? (
            <span class="badge overdue">{at(lang, "correctiveOverdue")}</span>
          ) : (
            <CorrectiveBadge lang={lang} tenant={tenant} record={record} now={now} />
          )}
        </dd>
      </dl>
      {record.status !== "draft" ? (
        <p>
          <a href={`${app}/violations/${record.id}/print`}>{at(lang, "printable")}</a>
        </p>
      ) : null}
      <h2>{at(lang, "officialsConcerned")}</h2>
      <DataTable
        rows={record.officials}
        empty={at(lang, "none")}
        columns={[
          {
            label: at(lang, "official"),
            cell: (o) => (
              <>
                {o.fullName}
                {o.position ? `, ${o.position}` : ""}
                <br />
                {o.unit.name}
              </>
            ),
          },
          { label: at(lang, "signature"), cell: (o) => named(lang, signatureNames, o.signature) },
          {
            label: at(lang, "explanation"),
            cell: (o) => (
              <>
                {named(lang, officialStatusNames, o.status)}
                {o.explanationDueAt && !o.explanationReceivedAt ? (
                  <>
                    <br />
                    {atf(lang, "explanationDue", { date: officialDate(o.explanationDueAt, tz) })}{" "}
                    <DueBadge
                      lang={lang}
                      tenant={tenant}
                      dueAt={o.explanationDueAt}
                      open={o.status === "explanation_requested"}
                      now={now}
                    />
                  </>
                ) : null}
                {o.explanationReceivedAt ? (
                  <>
                    <br />
                    {atf(lang, "explanationReceived", { date: officialDate(o.explanationReceivedAt, tz) })}
                  </>
                ) : null}
              </>
            ),
          },
          {
            label: at(lang, "decision"),
            cell: (o) =>
              o.decision ? (
                <>
                  {named(lang, decisionNames, o.decision)}
                  <br />
                  {atf(lang, "decisionDoc", {
                    number: o.decisionDocNumber ?? "",
                    date: officialDate(o.decisionDocDate),
                    by: o.decidedBy ?? "",
                  })}
                </>
              ) : (
                at(lang, "none")
              ),
          },
        ]}
      />
      {record.correctiveReports.length > 0 ? (
        <>
          <h2>{at(lang, "correctiveReports")}</h2>
          {record.correctiveReports.map((report) => (
            <div class="card">
              <p>
                {record.officials.find((o) => o.unit.id === report.unitId)?.unit.name ?? ""} —{" "}
                {officialDateTime(report.submittedAt, tz)}
              </p>
              <p>{report.body}</p>
            </div>
          ))}
        </>
      ) : null}
    </ConsoleLayout>
  );
};
