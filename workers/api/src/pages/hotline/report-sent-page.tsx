import type { FC } from "hono/jsx";
import { type Lang, localTime, t } from "../i18n";
import { Layout } from "../layout";

export interface ReportSentProps {
  lang: Lang;
  slug: string;
  tenantName: string;
  timeZone: string;
  trackingCode: string;
  receipt: string;
  dueAt: string;
}

/**
 * Shown once, right after sending: the tracking code and the receipt, big,
 * selectable, downloadable as a text file and printable, all without script.
 */
export const ReportSentPage: FC<ReportSentProps> = ({
  lang,
  slug,
  tenantName,
  timeZone,
  trackingCode,
  receipt,
  dueAt,
}) => {
  const query = lang === "en" ? "?lang=en" : "";
  const note = [
    `${tenantName} — ${t(lang, "hotlineTitle")}`,
    `${t(lang, "trackingCode")}: ${trackingCode}`,
    `${t(lang, "receipt")}: ${receipt}`,
    `${t(lang, "dueAt")}: ${localTime(lang, dueAt, timeZone)}`,
    `${t(lang, "followUp")}: /t/${slug}/hotline/status`,
  ].join("\n");
  return (
    <Layout
      lang={lang}
      title={t(lang, "sentTitle")}
      switchHref={`/t/${slug}/hotline/status${lang === "en" ? "" : "?lang=en"}`}
    >
      <h1>{t(lang, "sentTitle")}</h1>
      <p>{t(lang, "sentIntro")}</p>
      <div class="card">
        <p>
          <strong>{t(lang, "trackingCode")}</strong>
        </p>
        <p class="code" data-testid="tracking-code">
          {trackingCode}
        </p>
        <p>
          <strong>{t(lang, "receipt")}</strong>
        </p>
        <p class="code" data-testid="receipt">
          {receipt}
        </p>
        <p>
          {t(lang, "dueAt")}: <time datetime={dueAt}>{localTime(lang, dueAt, timeZone)}</time>
        </p>
        <p class="noprint">
          <a
            download={`phan-anh-${trackingCode}.txt`}
            href={`data:text/plain;charset=utf-8,${encodeURIComponent(note)}`}
          >
            {t(lang, "download")}
          </a>{" "}
          {t(lang, "printHint")}
        </p>
      </div>
      <p class="noprint">
        <a href={`/t/${slug}/hotline/status${query}`}>{t(lang, "followUp")}</a>
      </p>
    </Layout>
  );
};
