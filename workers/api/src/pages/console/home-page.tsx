import { type AlertItemKind, alertItemKindLabels, type TodaysWork } from "@kycuong/domain/alerts";
import type { FC } from "hono/jsx";
import { officialDate, oneLanguage } from "../i18n";
import { ConsoleLayout, type SignedInFrame } from "./console-layout";
import { ct } from "./console-text";
import { DataTable } from "./data-table";
import { InspectorSection, LeadershipSection, PartyOfficeSection } from "./home-office-sections";
import { Figures, ItemTable, More, type SectionProps } from "./home-parts";
import { ht } from "./home-text";

/** The console's home: what the signed-in user's roles have to do today (the same answer as GET …/me/today). */
export const HomePage: FC<{ frame: SignedInFrame; work: TodaysWork }> = ({ frame, frame: { lang, slug }, work }) => {
  const app = `/t/${slug}/app`;
  const any = work.unitHead || work.hotline || work.partyOffice || work.inspector || work.leadership;
  return (
    <ConsoleLayout frame={frame} title={ct(lang, "navToday")} path={app}>
      <p>{ht(lang, "intro", { date: officialDate(work.localDate) })}</p>
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
    case "disciplinary_period":
      return `${app}/violations?awaiting=decision`;
  }
}

const UnitHeadSection: FC<SectionProps<"unitHead">> = ({ lang, app, work, section }) => {
  const until = officialDate(work.dueSoonUntil);
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
      <DataTable
        rows={section.overdue.byUnit}
        empty={ht(lang, "noOverdue")}
        columns={[
          { label: ht(lang, "colUnit"), cell: (unit) => oneLanguage(lang, unit.unitName) },
          {
            label: ht(lang, "colOverdueReports"),
            cell: (unit) => (
              <a href={unit.unitId ? `${app}/reports?unitId=${unit.unitId}&overdue=true` : overdueList}>{unit.count}</a>
            ),
          },
        ]}
      />
      <h3>{ht(lang, "overdueReportsTitle")}</h3>
      <ItemTable lang={lang} items={section.overdue.items} empty={ht(lang, "noOverdue")} />
      <More lang={lang} shown={section.overdue.items.length} total={section.overdue.total} href={overdueList} />
    </section>
  );
};
