import type { FC } from "hono/jsx";
import { DataTable } from "./data-table";
import { EntryTable, Figures, ItemTable, More, type SectionProps, UnitTables } from "./home-parts";
import { ht } from "./home-text";

// The console home's sections for the district's offices: the party office, the inspectors, the leaders.

export const PartyOfficeSection: FC<SectionProps<"partyOffice">> = ({ lang, app, section }) => {
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
          label: ht(lang, "colReminders"),
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

export const InspectorSection: FC<SectionProps<"inspector">> = ({ lang, app, section }) => {
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

export const LeadershipSection: FC<SectionProps<"leadership">> = ({ lang, app, section }) => {
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
      <DataTable
        rows={section.byUnit}
        empty={ht(lang, "noByUnit")}
        columns={[
          { label: ht(lang, "colUnit"), cell: (unit) => unit.unitName },
          { label: ht(lang, "colOverdue"), cell: (unit) => unit.overdue },
          { label: ht(lang, "colDueSoon"), cell: (unit) => unit.dueSoon },
          {
            label: ht(lang, "colOverdueReports"),
            cell: (unit) => <a href={`${app}/reports?unitId=${unit.unitId}&overdue=true`}>{unit.overdueReports}</a>,
          },
          { label: ht(lang, "colHeadEmail"), cell: (unit) => (unit.hasHeadEmail ? ht(lang, "yes") : ht(lang, "none")) },
        ]}
      />
    </section>
  );
};
