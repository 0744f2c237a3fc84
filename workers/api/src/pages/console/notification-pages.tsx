import type { Notification, NotificationSummary } from "@kycuong/domain/alerts";
import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import { type Lang, officialDate, officialDateTime } from "../i18n";
import { type AreaPageProps, areaCrumbs, type Page, Pager } from "./area-parts";
import { at, named, notificationKindNames, notificationStatusNames } from "./areas-text";
import { ConsoleLayout } from "./console-layout";
import { ct } from "./console-text";
import { DataTable } from "./data-table";
import { CsrfField, ErrorSummary, Field, Select } from "./form-parts";

export interface OutboxFilter {
  status?: string | undefined;
  recipient?: string | undefined;
  date?: string | undefined;
}

const statusTone: Record<string, string> = { sent: "ok", pending: "soon", dead: "overdue", superseded: "ok" };

const StatusBadge: FC<{ lang: Lang; status: string }> = ({ lang, status }) => (
  <span class={`badge ${statusTone[status] ?? "ok"}`}>{named(lang, notificationStatusNames, status)}</span>
);

/** The tenant's outbox, newest first, with a filter by status, recipient and date. */
export const NotificationListPage: FC<
  AreaPageProps & { filter: OutboxFilter; errors: FormErrors; page: Page<NotificationSummary>; paged: boolean }
> = ({ frame, frame: { lang }, tenant, filter, errors, page, paged }) => {
  const path = `/t/${tenant.slug}/app/notifications`;
  const title = at(lang, "notificationsTitle");
  return (
    <ConsoleLayout frame={frame} title={title} path={path} crumbs={areaCrumbs(lang, tenant.slug)}>
      <ErrorSummary lang={lang} errors={errors} />
      <form method="get" action={path} aria-label={at(lang, "filters")} novalidate>
        <Select
          name="status"
          label={at(lang, "status")}
          errors={errors}
          value={filter.status}
          options={[
            ["", at(lang, "all")],
            ...Object.keys(notificationStatusNames).map((status): [string, string] => [
              status,
              named(lang, notificationStatusNames, status),
            ]),
          ]}
        />
        <Field
          name="recipient"
          type="email"
          label={at(lang, "recipient")}
          help={at(lang, "recipientHelp")}
          errors={errors}
          value={filter.recipient ?? ""}
        />
        <Field name="date" type="date" label={at(lang, "localDate")} errors={errors} value={filter.date ?? ""} />
        <button type="submit">{at(lang, "filter")}</button>
      </form>
      <DataTable
        rows={page.items}
        empty={at(lang, "nothingHere")}
        caption={title}
        columns={[
          {
            label: at(lang, "subject"),
            cell: (n) => (
              <>
                <a href={`${path}/${n.id}`}>{n.subject}</a>
                <br />
                {named(lang, notificationKindNames, n.kind)}
              </>
            ),
          },
          { label: at(lang, "recipient"), cell: (n) => n.recipient },
          { label: at(lang, "localDate"), cell: (n) => officialDate(n.localDate) },
          { label: at(lang, "status"), cell: (n) => <StatusBadge lang={lang} status={n.status} /> },
          { label: at(lang, "attempts"), cell: (n) => n.attempts },
          { label: at(lang, "lastError"), cell: (n) => n.lastError ?? "" },
        ]}
      />
      <Pager
        lang={lang}
        path={path}
        query={{ status: filter.status, recipient: filter.recipient, date: filter.date }}
        next={page.nextCursor}
        paged={paged}
      />
    </ConsoleLayout>
  );
};

export type ResendOutcome = "sent" | "busy" | "changed" | undefined;

const outcomeText = { sent: "resent", busy: "resendBusy", changed: "resendChanged" } as const;

/** One outbox email: its delivery, its plain-text message (a password link's is withheld), and resend. */
export const NotificationPage: FC<AreaPageProps & { notification: Notification; outcome: ResendOutcome }> = ({
  frame,
  frame: { lang },
  tenant,
  notification: n,
  outcome,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const tz = tenant.timezone;
  return (
    <ConsoleLayout
      frame={frame}
      title={n.subject}
      path={`${app}/notifications/${n.id}`}
      crumbs={areaCrumbs(lang, tenant.slug, { href: `${app}/notifications`, label: at(lang, "notificationsCrumb") })}
    >
      {outcome ? (
        <p class={outcome === "sent" ? "notice" : "warning"} role="status">
          {at(lang, outcomeText[outcome])}
        </p>
      ) : null}
      <dl class="facts card">
        <dt>{at(lang, "status")}</dt>
        <dd>
          <StatusBadge lang={lang} status={n.status} />
        </dd>
        <dt>{at(lang, "recipient")}</dt>
        <dd>{n.recipient}</dd>
        <dt>{at(lang, "kind")}</dt>
        <dd>{named(lang, notificationKindNames, n.kind)}</dd>
        <dt>{at(lang, "localDate")}</dt>
        <dd>{officialDate(n.localDate)}</dd>
        {n.kind === "unit_digest" || n.kind === "leadership_digest" ? (
          <>
            <dt>{at(lang, "items")}</dt>
            <dd>
              {n.itemCount} ({n.overdueCount})
            </dd>
          </>
        ) : null}
        <dt>{at(lang, "attempts")}</dt>
        <dd>{n.attempts}</dd>
        <dt>{at(lang, "sentAt")}</dt>
        <dd>{officialDateTime(n.sentAt, tz)}</dd>
        {n.status === "pending" ? (
          <>
            <dt>{at(lang, "nextAttemptAt")}</dt>
            <dd>{officialDateTime(n.nextAttemptAt, tz)}</dd>
          </>
        ) : null}
        <dt>{at(lang, "lastError")}</dt>
        <dd>{n.lastError ?? at(lang, "none")}</dd>
      </dl>
      <form method="post" action={`${app}/notifications/${n.id}/resend`}>
        <CsrfField token={frame.user.csrfToken} />
        <button type="submit" class="secondary">
          {at(lang, "resend")}
        </button>
      </form>
      <h2>{at(lang, "message")}</h2>
      {n.bodyWithheld ? (
        <p class="warning">{at(lang, "bodyWithheld")}</p>
      ) : (
        <pre class="message card">{n.bodyText}</pre>
      )}
      <p>
        <a href={`${app}/notifications`}>{ct(lang, "navNotifications")}</a>
      </p>
    </ConsoleLayout>
  );
};
