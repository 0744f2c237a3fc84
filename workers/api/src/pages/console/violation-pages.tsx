import type { ViolationRecord, ViolationRecordSummary } from "@kycuong/domain/violations";
import type { FC } from "hono/jsx";
import {
  type AreaPageProps,
  areaCrumbs,
  DueBadge,
  dmy,
  FilterLinks,
  ListTable,
  localDmy,
  localDmyTime,
  type Page,
  Pager,
} from "./area-parts";
import {
  type AreasTextKey,
  at,
  atf,
  decisionNames,
  named,
  officialStatusNames,
  recordStatusNames,
  signatureNames,
} from "./areas-text";
import { ConsoleLayout } from "./console-layout";

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
> = ({ lang, tenant, user, now, filter, page, paged }) => {
  const path = `/t/${tenant.slug}/app/violations`;
  const title = at(lang, listTitle(filter));
  const none = !filter.status && !filter.awaiting;
  const link = (query: string, label: AreasTextKey, current: boolean) => ({
    href: query ? `${path}?${query}` : path,
    label: at(lang, label),
    current,
  });
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
      <ListTable
        lang={lang}
        empty={page.items.length === 0}
        caption={title}
        head={[
          at(lang, "violationType"),
          at(lang, "occurredAt"),
          at(lang, "officialsConcerned"),
          at(lang, "status"),
          at(lang, "correctiveDue"),
        ]}
      >
        {page.items.map((record) => (
          <tr>
            <td>
              <a href={`${path}/${record.id}`}>{record.typeCode}</a>
              <br />
              {record.place}
            </td>
            <td>{localDmyTime(record.occurredAt, tenant.timezone)}</td>
            <td>{record.officials.map((o) => o.fullName).join(", ")}</td>
            <td>{named(lang, recordStatusNames, record.status)}</td>
            <td>
              {localDmy(record.correctiveDueAt, tenant.timezone)}{" "}
              <DueBadge
                lang={lang}
                tenant={tenant}
                dueAt={record.correctiveDueAt}
                open={record.status === "issued" && record.correctiveReports.length < unitsOf(record)}
                now={now}
              />
            </td>
          </tr>
        ))}
      </ListTable>
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

/** How many units must report their corrective action: each named official's unit, once. */
function unitsOf(record: ViolationRecordSummary): number {
  return new Set(record.officials.map((o) => o.unit.id)).size;
}

/** One violation record, read-only: what happened, who is concerned, where each one's follow-up stands. */
export const ViolationPage: FC<AreaPageProps & { record: ViolationRecord }> = ({ lang, tenant, user, now, record }) => {
  const app = `/t/${tenant.slug}/app`;
  const tz = tenant.timezone;
  return (
    <ConsoleLayout
      lang={lang}
      slug={tenant.slug}
      tenantName={tenant.name}
      title={atf(lang, "violationTitle", { type: record.typeCode })}
      user={user}
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
        <dd>{localDmyTime(record.occurredAt, tz)}</dd>
        <dt>{at(lang, "description")}</dt>
        <dd>{record.description}</dd>
        <dt>{at(lang, "witnesses")}</dt>
        <dd>{record.witnesses.length > 0 ? record.witnesses.join(", ") : at(lang, "none")}</dd>
        <dt>{at(lang, "issuedAt")}</dt>
        <dd>{localDmyTime(record.issuedAt, tz)}</dd>
        <dt>{at(lang, "version")}</dt>
        <dd>{record.version}</dd>
        <dt>{at(lang, "correctiveDue")}</dt>
        <dd>
          {localDmy(record.correctiveDueAt, tz)}{" "}
          {record.correctiveOverdue ? (
            <span class="badge overdue">{at(lang, "correctiveOverdue")}</span>
          ) : (
            <DueBadge
              lang={lang}
              tenant={tenant}
              dueAt={record.correctiveDueAt}
              open={record.status === "issued" && record.correctiveReports.length < unitsOf(record)}
              now={now}
            />
          )}
        </dd>
      </dl>
      {record.status !== "draft" ? (
        <p>
          <a href={`${app}/violations/${record.id}/print`}>{at(lang, "printable")}</a>
        </p>
      ) : null}
      <h2>{at(lang, "officialsConcerned")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{at(lang, "official")}</th>
              <th scope="col">{at(lang, "signature")}</th>
              <th scope="col">{at(lang, "explanation")}</th>
              <th scope="col">{at(lang, "decision")}</th>
            </tr>
          </thead>
          <tbody>
            {record.officials.map((o) => (
              <tr>
                <td>
                  {o.fullName}
                  {o.position ? `, ${o.position}` : ""}
                  <br />
                  {o.unit.name}
                </td>
                <td>{named(lang, signatureNames, o.signature)}</td>
                <td>
                  {named(lang, officialStatusNames, o.status)}
                  {o.explanationDueAt && !o.explanationReceivedAt ? (
                    <>
                      <br />
                      {atf(lang, "explanationDue", { date: localDmy(o.explanationDueAt, tz) })}{" "}
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
                      {atf(lang, "explanationReceived", { date: localDmy(o.explanationReceivedAt, tz) })}
                    </>
                  ) : null}
                </td>
                <td>
                  {o.decision ? (
                    <>
                      {named(lang, decisionNames, o.decision)}
                      <br />
                      {atf(lang, "decisionDoc", {
                        number: o.decisionDocNumber ?? "",
                        date: dmy(o.decisionDocDate),
                        by: o.decidedBy ?? "",
                      })}
                    </>
                  ) : (
                    at(lang, "none")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {record.correctiveReports.length > 0 ? (
        <>
          <h2>{at(lang, "correctiveReports")}</h2>
          {record.correctiveReports.map((report) => (
            <div class="card">
              <p>
                {record.officials.find((o) => o.unit.id === report.unitId)?.unit.name ?? ""} —{" "}
                {localDmyTime(report.submittedAt, tz)}
              </p>
              <p>{report.body}</p>
            </div>
          ))}
        </>
      ) : null}
    </ConsoleLayout>
  );
};
