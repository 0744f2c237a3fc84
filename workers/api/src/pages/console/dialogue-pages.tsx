import type { DialogueConclusion, DialogueDetail, DialogueIssue, DialogueSession } from "@kycuong/domain/dialogues";
import type { FC } from "hono/jsx";
import { officialDate } from "../i18n";
import { type AreaPageProps, areaCrumbs, Due, FilterLinks, type Page, Pager } from "./area-parts";
import { at, atf, conclusionStatusNames, dialogueLevelNames, named, outcomeNames } from "./areas-text";
import { ConsoleLayout } from "./console-layout";
import { DataTable } from "./data-table";

const isOpen = (issue: DialogueIssue) => issue.outcome === "assigned" && issue.conclusionStatus !== "resolved";

/** Where a conclusion is shown: its session's page, the issue highlighted and scrolled to. */
export function conclusionHref(slug: string, sessionId: string, issueId: string): string {
  return `/t/${slug}/app/dialogues/${sessionId}?issue=${issueId}#issue-${issueId}`;
}

/** Sessions (latest first), or with `conclusions=overdue` the assigned conclusions past their deadline. */
export const DialogueListPage: FC<
  AreaPageProps & {
    overdue: boolean;
    sessions: Page<DialogueSession> | null;
    conclusions: Page<DialogueConclusion> | null;
    paged: boolean;
  }
> = ({ frame, frame: { lang }, tenant, now, overdue, sessions, conclusions, paged }) => {
  const path = `/t/${tenant.slug}/app/dialogues`;
  const title = at(lang, overdue ? "conclusionsOverdueTitle" : "dialoguesTitle");
  return (
    <ConsoleLayout frame={frame} title={title} path={path} crumbs={areaCrumbs(lang, tenant.slug)}>
      <FilterLinks
        lang={lang}
        links={[
          { href: path, label: at(lang, "dialoguesTitle"), current: !overdue },
          { href: `${path}?conclusions=overdue`, label: at(lang, "conclusionsOverdueTitle"), current: overdue },
        ]}
      />
      {conclusions ? (
        <>
          <DataTable
            rows={conclusions.items}
            empty={at(lang, "nothingHere")}
            caption={title}
            columns={[
              {
                label: at(lang, "issue"),
                cell: (c) => <a href={conclusionHref(tenant.slug, c.session.id, c.id)}>{c.conclusion ?? c.content}</a>,
              },
              { label: at(lang, "session"), cell: (c) => `${officialDate(c.session.heldOn)}, ${c.session.place}` },
              { label: at(lang, "assignedUnit"), cell: (c) => c.assignedUnit?.name ?? at(lang, "none") },
              {
                label: at(lang, "deadline"),
                cell: (c) => (
                  <Due lang={lang} tenant={tenant} dueOn={c.dueOn} dueAt={c.dueAt} open={isOpen(c)} now={now} />
                ),
              },
            ]}
          />
          <Pager
            lang={lang}
            path={path}
            query={{ conclusions: "overdue" }}
            next={conclusions.nextCursor}
            paged={paged}
          />
        </>
      ) : null}
      {sessions ? (
        <>
          <DataTable
            rows={sessions.items}
            empty={at(lang, "nothingHere")}
            caption={title}
            columns={[
              { label: at(lang, "heldOn"), cell: (s) => <a href={`${path}/${s.id}`}>{officialDate(s.heldOn)}</a> },
              { label: at(lang, "place"), cell: (s) => s.place },
              { label: at(lang, "hostUnit"), cell: (s) => s.hostUnit.name },
              { label: at(lang, "chair"), cell: (s) => s.chairName },
            ]}
          />
          <Pager lang={lang} path={path} query={{}} next={sessions.nextCursor} paged={paged} />
        </>
      ) : null}
    </ConsoleLayout>
  );
};

/** A dialogue session with every issue; the one a digest links to (`?issue=`) is highlighted. */
export const DialoguePage: FC<AreaPageProps & { dialogue: DialogueDetail; highlight: string | undefined }> = ({
  frame,
  frame: { lang },
  tenant,
  now,
  dialogue,
  highlight,
}) => {
  const app = `/t/${tenant.slug}/app`;
  return (
    <ConsoleLayout
      frame={frame}
      title={atf(lang, "dialogueTitle", { date: officialDate(dialogue.heldOn) })}
      path={`${app}/dialogues/${dialogue.id}`}
      crumbs={areaCrumbs(lang, tenant.slug, { href: `${app}/dialogues`, label: at(lang, "dialoguesCrumb") })}
    >
      <dl class="facts card">
        <dt>{at(lang, "heldOn")}</dt>
        <dd>{officialDate(dialogue.heldOn)}</dd>
        <dt>{at(lang, "place")}</dt>
        <dd>{dialogue.place}</dd>
        <dt>{at(lang, "level")}</dt>
        <dd>{named(lang, dialogueLevelNames, dialogue.level)}</dd>
        <dt>{at(lang, "hostUnit")}</dt>
        <dd>{dialogue.hostUnit.name}</dd>
        <dt>{at(lang, "chair")}</dt>
        <dd>{dialogue.chairName}</dd>
        <dt>{at(lang, "participants")}</dt>
        <dd>{dialogue.participantsCount ?? at(lang, "none")}</dd>
        <dt>{at(lang, "minutes")}</dt>
        <dd>{dialogue.minutesRef ?? at(lang, "none")}</dd>
      </dl>
      <h2>{at(lang, "issues")}</h2>
      {dialogue.issues.length === 0 ? <p>{at(lang, "noIssues")}</p> : null}
      {dialogue.issues.map((issue, index) => {
        const current = issue.id === highlight;
        return (
          <section
            id={`issue-${issue.id}`}
            class={current ? "card issue highlight" : "card issue"}
            aria-labelledby={`issue-${issue.id}-title`}
            {...(current ? { "aria-current": "true" } : {})}
          >
            <h3 id={`issue-${issue.id}-title`}>
              {atf(lang, "issueN", { n: index + 1 })}
              {issue.pressing ? <span class="badge soon"> {at(lang, "pressing")}</span> : null}
            </h3>
            {current ? <p class="notice">{at(lang, "highlighted")}</p> : null}
            <p>{issue.content}</p>
            <dl class="facts">
              <dt>{at(lang, "raisedBy")}</dt>
              <dd>{issue.raisedBy ?? at(lang, "anonymous")}</dd>
              <dt>{at(lang, "conclusion")}</dt>
              <dd>{issue.conclusion ?? at(lang, "none")}</dd>
              <dt>{at(lang, "outcome")}</dt>
              <dd>{named(lang, outcomeNames, issue.outcome)}</dd>
              {issue.notInScopeReason ? (
                <>
                  <dt>{at(lang, "notInScopeReason")}</dt>
                  <dd>{issue.notInScopeReason}</dd>
                </>
              ) : null}
              {issue.outcome === "assigned" ? (
                <>
                  <dt>{at(lang, "assignedUnit")}</dt>
                  <dd>{issue.assignedUnit?.name ?? at(lang, "none")}</dd>
                  <dt>{at(lang, "deadline")}</dt>
                  <dd>
                    <Due
                      lang={lang}
                      tenant={tenant}
                      dueOn={issue.dueOn}
                      dueAt={issue.dueAt}
                      open={isOpen(issue)}
                      now={now}
                    />
                  </dd>
                  <dt>{at(lang, "status")}</dt>
                  <dd>{named(lang, conclusionStatusNames, issue.conclusionStatus)}</dd>
                </>
              ) : null}
              {issue.resolutionResult ? (
                <>
                  <dt>{at(lang, "resolution")}</dt>
                  <dd>
                    {issue.resolutionResult} ({officialDate(issue.resolvedOn)})
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
        );
      })}
    </ConsoleLayout>
  );
};
