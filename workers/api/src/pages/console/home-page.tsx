import { type AlertItemKind, alertItemKindLabels, type TodaysWork } from "@kycuong/domain/alerts";
import type { FC } from "hono/jsx";
import { type Lang, oneLanguage } from "../i18n";
import { ConsoleLayout, type ConsoleUser } from "./console-layout";
import { ct } from "./console-text";
import { dayMonthYear, EntryTable, Figures, ItemTable, More, UnitTables } from "./home-parts";
import { ht } from "./home-text";

type Section<K extends keyof TodaysWork> = NonNullable<TodaysWork[K]>;
interface SectionProps<K extends keyof TodaysWork> {
  lang: Lang;
  app: string;
  work: TodaysWork;
  section: Section<K>;
}

/** The console's home: what the signed-in user's roles have to do today (the same answer as GET …/me/today). */
export const HomePage: FC<{ lang: Lang; slug: string; tenantName: string; user: ConsoleUser; work: TodaysWork }> = ({
  lang,
  slug,
  tenantName,
  user,
  work,
}) => {
  const app = `/t/${slug}/app`;
  const any = work.unitHead || work.hotline || work.partyOffice || work.inspector || work.leadership;
  return (
    <ConsoleLayout lang={lang} slug={slug} tenantName={tenantName} title={ct(lang, "navToday")} user={user} path={app}>
      <p>{ht(lang, "intro", { date: dayMonthYear(work.localDate) })}</p>
      {work.unitHead ? <UnitHeadSection lang={lang} app={app} work={work} section={work.unitHead} /> : null}
      {work.hotline ? <HotlineSection lang={lang} app={app} work={work} section={work.hotline} /> : null}
      {work.partyOffice ? <PartyOfficeSection lang={lang} app={app} work={work} section={work.partyOffice} /> : null}
      {work.inspector ? <InspectorSection lang={lang} app={app} work={work} section={work.inspector} /> : null}
      {work.leadership ? <LeadershipSection lang={lang} app={app} work={work} section={work.leadership} /> : null}
      {any ? null : <p>{ht(lang, "noSection")}</p>}
    </ConsoleLayout>
  );
};

/** Where a unit head's overdue items of one kind are listed in full. */
function overdueListOf(app: string, kind: AlertItemKind): string {
  switch (kind) {
    case "report":
      return `${app}/reports?overdue=true`;
    case "task":
      return `${app}/tasks?due=overdue`;
    case "dialogue_conclusion":
      return `${app}/dialogues?conclusions=overdue`;
    case "violation_explanation":
      return `${app}/violations?awaiting=explanation`;
    case "violation_corrective":
      return `#kind-${kind}`;
  }
}

const UnitHeadSection: FC<SectionProps<"unitHead">> = ({ lang, app, work, section }) => {
  const until = dayMonthYear(work.dueSoonUntil);
  const unit = oneLanguage(lang, section.unitName);
  return (
    <section aria-labelledby="unit-head">
      <h2 id="unit-head">{ht(lang, "unitHeadTitle", { unit })}</h2>
      {section.unitId === null ? <p class="warning">{ht(lang, "unitHeadNoUnit")}</p> : null}
      <p>{ht(lang, "unitHeadIntro", { until })}</p>
      {section.groups.length === 0 ? (
        <p>{ht(lang, "noUnitWork")}</p>
      ) : (
        <>
          <Figures
            figures={section.groups.map((group) => ({
              count: group.items.filter((item) => item.overdue).length,
              label: `${alertItemKindLabels[group.kind][lang]}: ${ht(lang, "figureOverdueOfKind")}`,
              href: overdueListOf(app, group.kind),
            }))}
          />
          {section.groups.map((group) => (
            <section aria-labelledby={`kind-${group.kind}`}>
              <h3 id={`kind-${group.kind}`}>{alertItemKindLabels[group.kind][lang]}</h3>
              <ItemTable lang={lang} items={group.items} empty={ht(lang, "noUnitWork")} />
            </section>
          ))}
        </>
      )}
      <h3>{ht(lang, "laterTitle")}</h3>
      <p>{ht(lang, "laterIntro", { until, n: section.laterLimit })}</p>
      <ItemTable lang={lang} items={section.later} empty={ht(lang, "noLater")} />
    </section>
  );
};

const HotlineSection: FC<SectionProps<"hotline">> = ({ lang, app, section }) => {
  const inboxList = `${app}/reports?status=received&unassigned=true`;
  const overdueList = `${app}/reports?overdue=true`;
  return (
    <section aria-labelledby="hotline">
      <h2 id="hotline">{ht(lang, "hotlineTitle")}</h2>
      <Figures
        figures={[
          { count: section.inbox.total, label: ht(lang, "figureInbox"), href: inboxList },
          { count: section.overdue.total, label: ht(lang, "figureOverdueReports"), href: overdueList },
        ]}
      />
      <h3>{ht(lang, "inboxTitle")}</h3>
      <ItemTable lang={lang} items={section.inbox.items} empty={ht(lang, "noInbox")} />
      <More lang={lang} shown={section.inbox.items.length} total={section.inbox.total} href={inboxList} />
      <h3>{ht(lang, "overdueByUnitTitle")}</h3>
      {section.overdue.byUnit.length === 0 ? (
        <p>{ht(lang, "noOverdue")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ht(lang, "colUnit")}</th>
                <th scope="col">{ht(lang, "colOverdueReports")}</th>
              </tr>
            </thead>
            <tbody>
              {section.overdue.byUnit.map((unit) => (
                <tr>
                  <td>{oneLanguage(lang, unit.unitName)}</td>
                  <td>
                    <a href={unit.unitId ? `${app}/reports?unitId=${unit.unitId}&overdue=true` : overdueList}>
                      {unit.count}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{ht(lang, "overdueReportsTitle")}</h3>
      <ItemTable lang={lang} items={section.overdue.items} empty={ht(lang, "noOverdue")} />
      <More lang={lang} shown={section.overdue.items.length} total={section.overdue.total} href={overdueList} />
    </section>
  );
};

const PartyOfficeSection: FC<SectionProps<"partyOffice">> = ({ lang, app, section }) => {
  const overdue = `${app}/tasks?due=overdue`;
  const soon = `${app}/tasks?due=soon`;
  const conclusions = `${app}/dialogues?conclusions=overdue`;
  const year = section.trackingBook.year;
  const reminded = new Map(section.reminders.items.map((r) => [r.task.id, r]));
  return (
    <section aria-labelledby="party-office">
      <h2 id="party-office">{ht(lang, "partyTitle")}</h2>
      <Figures
        figures={[
          { count: section.overdueTasks.total, label: ht(lang, "figureOverdueTasks"), href: overdue },
          { count: section.dueSoonTasks.total, label: ht(lang, "figureDueSoonTasks"), href: soon },
          { count: section.reminders.total, label: ht(lang, "figureReminders"), href: "#reminders" },
          {
            count: section.trackingBook.entries,
            label: ht(lang, "figureTrackingBook", { year }),
            href: `${app}/tracking-book?year=${year}`,
          },
          { count: section.overdueConclusions.total, label: ht(lang, "figureOverdueConclusions"), href: conclusions },
        ]}
      />
      <h3>{ht(lang, "overdueTasksTitle")}</h3>
      <ItemTable lang={lang} items={section.overdueTasks.items} empty={ht(lang, "noOverdue")} />
      <More lang={lang} shown={section.overdueTasks.items.length} total={section.overdueTasks.total} href={overdue} />
      <h3>{ht(lang, "dueSoonTasksTitle")}</h3>
      <ItemTable lang={lang} items={section.dueSoonTasks.items} empty={ht(lang, "noDueSoon")} />
      <More lang={lang} shown={section.dueSoonTasks.items.length} total={section.dueSoonTasks.total} href={soon} />
      <h3 id="reminders">{ht(lang, "remindersTitle")}</h3>
      <p>{ht(lang, "remindersIntro", { n: section.reminders.threshold })}</p>
      <ItemTable
        lang={lang}
        items={section.reminders.items.map((r) => r.task)}
        empty={ht(lang, "noReminders")}
        extra={{
          heading: ht(lang, "colReminders"),
          cell: (task) => {
            const r = reminded.get(task.id);
            const times = ht(lang, "remindedTimes", { n: r?.reminders ?? 0, threshold: section.reminders.threshold });
            return r?.entersTrackingBookNext ? `${times}: ${ht(lang, "entersBookNext")}` : times;
          },
        }}
      />
      <More lang={lang} shown={section.reminders.items.length} total={section.reminders.total} href={overdue} />
      <h3>{ht(lang, "overdueConclusionsTitle")}</h3>
      <ItemTable lang={lang} items={section.overdueConclusions.items} empty={ht(lang, "noOverdueConclusions")} />
      <More
        lang={lang}
        shown={section.overdueConclusions.items.length}
        total={section.overdueConclusions.total}
        href={conclusions}
      />
    </section>
  );
};

const InspectorSection: FC<SectionProps<"inspector">> = ({ lang, app, section }) => {
  const lists = [
    { key: "drafts", figure: "figureDrafts", title: "draftsTitle", href: `${app}/violations?status=draft` },
    {
      key: "awaitingExplanation",
      figure: "figureAwaitingExplanation",
      title: "awaitingExplanationTitle",
      href: `${app}/violations?awaiting=explanation`,
    },
    {
      key: "awaitingDecision",
      figure: "figureAwaitingDecision",
      title: "awaitingDecisionTitle",
      href: `${app}/violations?awaiting=decision`,
    },
    {
      key: "inspectionsInProgress",
      figure: "figureInspections",
      title: "inspectionsTitle",
      href: `${app}/inspections?status=in_progress`,
    },
  ] as const;
  return (
    <section aria-labelledby="inspector">
      <h2 id="inspector">{ht(lang, "inspectorTitle")}</h2>
      <Figures
        figures={lists.map((list) => ({
          count: section[list.key].total,
          label: ht(lang, list.figure),
          href: list.href,
        }))}
      />
      {lists.map((list) => (
        <>
          <h3>{ht(lang, list.title)}</h3>
          <EntryTable lang={lang} entries={section[list.key].items} empty={ht(lang, "noEntries")} />
          <More lang={lang} shown={section[list.key].items.length} total={section[list.key].total} href={list.href} />
        </>
      ))}
    </section>
  );
};

const LeadershipSection: FC<SectionProps<"leadership">> = ({ lang, app, section }) => {
  const n = section.escalationWorkingDays;
  return (
    <section aria-labelledby="leadership">
      <h2 id="leadership">{ht(lang, "leadershipTitle")}</h2>
      <p>{ht(lang, "leadershipIntro", { n })}</p>
      <Figures
        figures={[
          {
            count: section.escalated.reduce((sum, unit) => sum + unit.items.length, 0),
            label: ht(lang, "figureEscalated", { n }),
            href: "#escalated",
          },
          {
            count: section.unitsWithoutHead.length,
            label: ht(lang, "figureUnitsWithoutHead"),
            href: "#units-without-head",
          },
          { count: section.unassigned.length, label: ht(lang, "figureUnassigned"), href: "#unassigned" },
        ]}
      />
      <h3 id="escalated">{ht(lang, "escalatedTitle")}</h3>
      <UnitTables lang={lang} units={section.escalated} empty={ht(lang, "noEscalated")} />
      <h3 id="units-without-head">{ht(lang, "unitsWithoutHeadTitle")}</h3>
      {section.unitsWithoutHead.length > 0 ? <p>{ht(lang, "unitsWithoutHeadIntro")}</p> : null}
      <UnitTables lang={lang} units={section.unitsWithoutHead} empty={ht(lang, "noUnitsWithoutHead")} />
      <h3 id="unassigned">{ht(lang, "unassignedTitle")}</h3>
      <ItemTable lang={lang} items={section.unassigned} empty={ht(lang, "noUnassigned")} />
      <h3>{ht(lang, "byUnitTitle")}</h3>
      {section.byUnit.length === 0 ? (
        <p>{ht(lang, "noByUnit")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ht(lang, "colUnit")}</th>
                <th scope="col">{ht(lang, "colOverdue")}</th>
                <th scope="col">{ht(lang, "colDueSoon")}</th>
                <th scope="col">{ht(lang, "colOverdueReports")}</th>
                <th scope="col">{ht(lang, "colHeadEmail")}</th>
              </tr>
            </thead>
            <tbody>
              {section.byUnit.map((unit) => (
                <tr>
                  <td>{unit.unitName}</td>
                  <td>{unit.overdue}</td>
                  <td>{unit.dueSoon}</td>
                  <td>
                    <a href={`${app}/reports?unitId=${unit.unitId}&overdue=true`}>{unit.overdueReports}</a>
                  </td>
                  <td>{unit.hasHeadEmail ? ht(lang, "yes") : ht(lang, "none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
