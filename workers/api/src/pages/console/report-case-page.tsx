import type { TenantRef } from "@kycuong/domain/context";
import {
  type ReportCase,
  type ReportEvent,
  reportDeadline,
  type StaffReport,
  type TransitionTarget,
} from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import { type Lang, officialDate, officialDateTime, productLines, statusName } from "../i18n";
import { StyleSheet } from "../style-sheet";
import { ConsoleLayout, type SignedInFrame } from "./console-layout";
import { ct } from "./console-text";
import { type FailedForm, ReportActions } from "./report-actions";
import { categoryName, DeadlineBadge } from "./report-parts";
import { rt, rtf } from "./report-text";

export interface CaseNotice {
  kind: "done" | "changed" | "illegal";
  text: string;
}

export interface ReportCasePageProps {
  frame: SignedInFrame;
  tenant: TenantRef;
  data: ReportCase;
  now: Date;
  moves: TransitionTarget[];
  mayNote: boolean;
  notice: CaseNotice | null;
  failed: FailedForm | null;
  /** The receipt of a report recorded a moment ago: shown once, to read to the caller. */
  receipt: string | null;
}

/** One report as staff work on it: the facts, the reporter, files, the timeline with internal notes, the forms. */
export const ReportCasePage: FC<ReportCasePageProps> = (props) => {
  const { frame, tenant, data, now, notice, receipt } = props;
  const { lang, user } = frame;
  const report = data.report;
  const app = `/t/${tenant.slug}/app`;
  const path = `${app}/reports/${report.id}`;
  const when = (iso: string) => officialDateTime(iso, tenant.timezone);
  const unitName = (id: string | null) => (id ? (data.units.find((u) => u.id === id)?.name ?? null) : null);
  const concernedUnit = unitName(report.concerned.unitId) ?? report.concerned.unitText;
  return (
    <ConsoleLayout
      frame={frame}
      title={rtf(lang, "caseTitle", { code: report.trackingCode })}
      path={path}
      crumbs={[
        { href: app, label: ct(lang, "navToday") },
        { href: `${app}/reports`, label: rt(lang, "inboxTitle") },
      ]}
    >
      {notice ? (
        <p class={notice.kind === "done" ? "notice" : "warning"} role={notice.kind === "done" ? "status" : "alert"}>
          {notice.text}
        </p>
      ) : null}
      {receipt ? (
        <div class="notice" role="status">
          <p>{rt(lang, "recorded")}</p>
          <dl class="facts">
            <dt>{rt(lang, "trackingCode")}</dt>
            <dd>
              <strong>{report.trackingCode}</strong>
            </dd>
            <dt>{rt(lang, "receipt")}</dt>
            <dd>
              <strong>{receipt}</strong>
            </dd>
          </dl>
        </div>
      ) : null}
      <dl class="facts card">
        <dt>{rt(lang, "status")}</dt>
        <dd>{statusName(lang, report.status)}</dd>
        <dt>{rt(lang, "deadline")}</dt>
        <dd>
          {when(report.dueAt)} <DeadlineBadge lang={lang} deadline={reportDeadline(report, tenant, now)} />
        </dd>
        <dt>{rt(lang, "category")}</dt>
        <dd>{categoryName(lang, data.categories, report.category)}</dd>
        <dt>{rt(lang, "unit")}</dt>
        <dd>{report.unit?.name ?? rt(lang, "notAssigned")}</dd>
        <dt>{rt(lang, "received")}</dt>
        <dd>{when(report.createdAt)}</dd>
        <dt>{rt(lang, "channel")}</dt>
        <dd>{rt(lang, `channel_${report.channel}`)}</dd>
        {concernedUnit ? (
          <>
            <dt>{rt(lang, "concernedUnit")}</dt>
            <dd>{concernedUnit}</dd>
          </>
        ) : null}
        {report.concerned.officialText ? (
          <>
            <dt>{rt(lang, "concernedOfficial")}</dt>
            <dd>{report.concerned.officialText}</dd>
          </>
        ) : null}
        {report.occurredAt ? (
          <>
            <dt>{rt(lang, "occurredAt")}</dt>
            <dd>
              {/^\d{4}-\d{2}-\d{2}$/.test(report.occurredAt)
                ? officialDate(report.occurredAt)
                : when(report.occurredAt)}
            </dd>
          </>
        ) : null}
        {report.location ? (
          <>
            <dt>{rt(lang, "location")}</dt>
            <dd>{report.location}</dd>
          </>
        ) : null}
        {data.duplicateOf ? (
          <>
            <dt>{rt(lang, "duplicateOf")}</dt>
            <dd>
              <a href={`${app}/reports/${data.duplicateOf.id}`}>{data.duplicateOf.trackingCode}</a>
            </dd>
          </>
        ) : null}
        {report.rejectionReason ? (
          <>
            <dt>{rt(lang, "rejectionReason")}</dt>
            <dd>{report.rejectionReason}</dd>
          </>
        ) : null}
        {report.finding ? (
          <>
            <dt>{rt(lang, "finding")}</dt>
            <dd>{rt(lang, `finding_${report.finding}`)}</dd>
          </>
        ) : null}
        {report.answer ? (
          <>
            <dt>{rt(lang, "answer")}</dt>
            <dd class="prewrap">{report.answer}</dd>
          </>
        ) : null}
      </dl>
      <h2>{rt(lang, "description")}</h2>
      <p class="card prewrap">{report.description}</p>
      <h2>{rt(lang, "contact")}</h2>
      <ReporterContact lang={lang} reporter={report.reporter} erased={report.erasedAt !== null} />
      <h2>{rt(lang, "attachments")}</h2>
      {report.attachments.length === 0 ? (
        <p>{rt(lang, "noAttachments")}</p>
      ) : (
        <ul>
          {report.attachments.map((a) => (
            <li>
              <a href={`${path}/attachments/${a.id}`} download={a.filename}>
                {a.filename}
              </a>{" "}
              ({Math.max(1, Math.round(a.size / 1024))} KB)
            </li>
          ))}
        </ul>
      )}
      {report.officials.length > 0 ? (
        <>
          <h2>{rt(lang, "officials")}</h2>
          <ul>
            {report.officials.map((o) => (
              <li>
                {o.fullName}
                {o.position ? ` — ${o.position}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{rt(lang, "timeline")}</h2>
      <ol class="timeline">
        {report.timeline.map((event) => (
          <TimelineEntry lang={lang} event={event} at={when(event.at)} actorNames={data.actorNames} />
        ))}
      </ol>
      <h2 id="actions">{rt(lang, "actionsTitle")}</h2>
      <ReportActions
        lang={lang}
        slug={tenant.slug}
        csrfToken={user.csrfToken}
        data={data}
        failed={props.failed}
        moves={props.moves}
        mayNote={props.mayNote}
      />
      <StyleSheet css={".prewrap{white-space:pre-wrap}ol.timeline li{margin:.5rem 0}"} />
    </ConsoleLayout>
  );
};

const TimelineEntry: FC<{ lang: Lang; event: ReportEvent; at: string; actorNames: Record<string, string> }> = ({
  lang,
  event,
  at,
  actorNames,
}) => {
  const who =
    event.actor.type === "public"
      ? rt(lang, "byReporter")
      : event.actor.type === "system"
        ? rt(lang, "bySystem")
        : ((event.actor.id && actorNames[event.actor.id]) ?? rt(lang, "byStaff"));
  const internal = !event.public;
  return (
    <li class={internal ? "internal card" : "card"}>
      <p>
        <strong>{at}</strong> · {who}
        {event.toStatus ? ` · ${statusName(lang, event.toStatus)}` : ""}{" "}
        {internal ? (
          <span class="badge soon" title={rt(lang, "internalHelp")}>
            {rt(lang, "internal")}
          </span>
        ) : null}
      </p>
      {event.body ? (
        <p class="prewrap">{event.kind === "status_changed" ? statusLine(lang, event.body) : event.body}</p>
      ) : null}
    </li>
  );
};

/** A status line in the page's language, its details (a reason) below with the text as typed. */
function statusLine(lang: Lang, body: string): string {
  return productLines(lang, body).join("\n");
}

/** Who reported, for the roles that may call back; a plain line for the others and once erased. */
function ReporterContact(props: { lang: Lang; reporter: StaffReport["reporter"]; erased: boolean }) {
  const { lang, reporter } = props;
  if (!reporter) return <p class="card">{rt(lang, "contactWithheld")}</p>;
  if (!(reporter.name || reporter.phone || reporter.email)) {
    return <p class="card">{rt(lang, props.erased ? "contactErased" : "anonymous")}</p>;
  }
  return (
    <dl class="facts card">
      {reporter.name ? (
        <>
          <dt>{rt(lang, "name")}</dt>
          <dd>{reporter.name}</dd>
        </>
      ) : null}
      {reporter.phone ? (
        <>
          <dt>{rt(lang, "phone")}</dt>
          <dd>{reporter.phone}</dd>
        </>
      ) : null}
      {reporter.email ? (
        <>
          <dt>{rt(lang, "email")}</dt>
          <dd>{reporter.email}</dd>
        </>
      ) : null}
      <dt>{rt(lang, "consent")}</dt>
      <dd>{rt(lang, reporter.consentToContact ? "yes" : "no")}</dd>
    </dl>
  );
}
