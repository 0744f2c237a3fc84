import type { FC } from "hono/jsx";
import { type Lang, localTime, productLines, statusName, t } from "../i18n";
import { Layout } from "../layout";

/** What the reporter may see of their report (the public follow-up view). */
export interface ReporterView {
  trackingCode: string;
  status: string;
  createdAt: string;
  dueAt: string;
  timeline: { at: string; kind: string; status?: string | null; message?: string | null }[];
  answer?: string | null;
  rejectionReason?: string | null;
}

export interface StatusPageProps {
  lang: Lang;
  slug: string;
  tenantName: string;
  timeZone: string;
  trackingCode: string;
  /** The report, when the code and receipt matched. */
  report: ReporterView | null;
  /** The receipt, kept in the page only to send a follow-up message (never in a URL). */
  receipt: string;
  notFound: boolean;
  messageSent: boolean;
  messageError: string | null;
}

/**
 * Follow-up with the tracking code and the receipt. Both travel in a POST
 * body, never in the address: addresses end up in logs and browser history.
 */
export const StatusPage: FC<StatusPageProps> = (props) => {
  const { lang, slug, report } = props;
  const query = lang === "en" ? "?lang=en" : "";
  return (
    <Layout
      lang={lang}
      title={t(lang, "statusTitle")}
      switchHref={`/t/${slug}/hotline/status${lang === "en" ? "" : "?lang=en"}`}
    >
      <h1>
        {t(lang, "statusTitle")} — {props.tenantName}
      </h1>
      <form method="post" action={`/t/${slug}/hotline/status${query}`}>
        <label for="trackingCode">{t(lang, "trackingCode")}</label>
        <input
          type="text"
          id="trackingCode"
          name="trackingCode"
          value={props.trackingCode}
          required
          autocomplete="off"
        />
        <label for="receipt">{t(lang, "receipt")}</label>
        <input type="text" id="receipt" name="receipt" required autocomplete="off" />
        <button type="submit">{t(lang, "look")}</button>
      </form>
      {props.notFound ? (
        <p class="error" role="alert">
          {t(lang, "notFound")}
        </p>
      ) : null}
      {report ? (
        <section aria-labelledby="report-title" data-testid="report">
          <h2 id="report-title">
            {t(lang, "trackingCode")} {report.trackingCode}
          </h2>
          <p>
            {t(lang, "status")}: <strong data-testid="status">{statusName(lang, report.status)}</strong>
          </p>
          <p>
            {t(lang, "dueAt")}: {localTime(lang, report.dueAt, props.timeZone)}
          </p>
          {report.rejectionReason ? (
            <p>
              {t(lang, "rejectionReason")}: {report.rejectionReason}
            </p>
          ) : null}
          {report.answer ? (
            <div class="card" data-testid="answer">
              <h3>{t(lang, "answer")}</h3>
              <p>{report.answer}</p>
            </div>
          ) : null}
          <h3>{t(lang, "timeline")}</h3>
          <ol class="timeline">
            {report.timeline.map((event) => (
              <li>
                <time datetime={event.at}>{localTime(lang, event.at, props.timeZone)}</time>:{" "}
                {timelineLine(lang, event)}
              </li>
            ))}
          </ol>
          {props.messageSent ? <p role="status">{t(lang, "messageSent")}</p> : null}
          <form method="post" action={`/t/${slug}/hotline/status/messages${query}`}>
            <h3>{t(lang, "addMessage")}</h3>
            <input type="hidden" name="trackingCode" value={report.trackingCode} />
            <input type="hidden" name="receipt" value={props.receipt} />
            <label for="message">{t(lang, "message")}</label>
            <textarea
              id="message"
              name="message"
              required
              maxlength={5000}
              {...(props.messageError ? { "aria-invalid": "true", "aria-describedby": "message-error" } : {})}
            />
            {props.messageError ? (
              <p class="error" id="message-error">
                {props.messageError}
              </p>
            ) : null}
            <button type="submit">{t(lang, "sendMessage")}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
};

type TimelineEvent = ReporterView["timeline"][number];

/**
 * One line of the timeline in the page's language. A status change carries
 * the product's own text in both languages ("vi · en", and "Lý do · Reason:
 * <what staff wrote>" when turned down): the page keeps one. What the
 * reporter or staff wrote is shown as written, under a label saying who.
 */
function timelineLine(lang: Lang, event: TimelineEvent): string {
  if (event.kind === "reporter_message") return `${t(lang, "reporterMessage")}: ${event.message ?? ""}`;
  if (event.kind === "answer") return `${t(lang, "answer")}: ${event.message ?? ""}`;
  const status = event.status ? statusName(lang, event.status) : "";
  const lines = productLines(lang, event.message ?? "").filter((line) => line.trim() !== "");
  return [status, ...lines].filter(Boolean).join(" — ");
}
