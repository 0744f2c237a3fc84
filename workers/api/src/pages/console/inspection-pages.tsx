import type { Inspection, InspectionDetail } from "@kycuong/domain/inspections";
import type { FC } from "hono/jsx";
import { officialDateTime } from "../i18n";
import { type AreaPageProps, areaCrumbs, FilterLinks, type Page, Pager } from "./area-parts";
import { at, atf, checklistResultNames, inspectionKindNames, inspectionStatusNames, named } from "./areas-text";
import { ConsoleLayout } from "./console-layout";
import { DataTable } from "./data-table";

export type InspectionStatus = Inspection["status"];

/** Inspections, newest first; `status=in_progress` is the inspectors' current work. */
export const InspectionListPage: FC<
  AreaPageProps & { status: InspectionStatus | undefined; page: Page<Inspection>; paged: boolean }
> = ({ frame, frame: { lang }, tenant, status, page, paged }) => {
  const path = `/t/${tenant.slug}/app/inspections`;
  const title = at(lang, status === "in_progress" ? "inspectionsInProgressTitle" : "inspectionsTitle");
  const tz = tenant.timezone;
  return (
    <ConsoleLayout frame={frame} title={title} path={path} crumbs={areaCrumbs(lang, tenant.slug)}>
      <FilterLinks
        lang={lang}
        links={[
          { href: path, label: at(lang, "all"), current: !status },
          ...(["scheduled", "in_progress", "completed", "cancelled"] as const).map((s) => ({
            href: `${path}?status=${s}`,
            label: named(lang, inspectionStatusNames, s),
            current: status === s,
          })),
        ]}
      />
      <DataTable
        rows={page.items}
        empty={at(lang, "nothingHere")}
        caption={title}
        columns={[
          { label: at(lang, "team"), cell: (i) => <a href={`${path}/${i.id}`}>{i.team.name}</a> },
          { label: at(lang, "targets"), cell: (i) => i.targets.map((t) => t.name).join(", ") },
          { label: at(lang, "kind"), cell: (i) => named(lang, inspectionKindNames, i.kind) },
          { label: at(lang, "status"), cell: (i) => named(lang, inspectionStatusNames, i.status) },
          { label: at(lang, "startedAt"), cell: (i) => officialDateTime(i.startedAt ?? i.scheduledAt, tz) },
        ]}
      />
      <Pager lang={lang} path={path} query={{ status }} next={page.nextCursor} paged={paged} />
    </ConsoleLayout>
  );
};

/** One inspection, read-only: team, targets, dates, findings and the checklist's results. */
export const InspectionPage: FC<AreaPageProps & { inspection: InspectionDetail }> = ({
  frame,
  frame: { lang },
  tenant,
  inspection,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const tz = tenant.timezone;
  return (
    <ConsoleLayout
      frame={frame}
      title={atf(lang, "inspectionTitle", { team: inspection.team.name })}
      path={`${app}/inspections/${inspection.id}`}
      crumbs={areaCrumbs(lang, tenant.slug, { href: `${app}/inspections`, label: at(lang, "inspectionsCrumb") })}
    >
      <dl class="facts card">
        <dt>{at(lang, "status")}</dt>
        <dd>{named(lang, inspectionStatusNames, inspection.status)}</dd>
        <dt>{at(lang, "kind")}</dt>
        <dd>{named(lang, inspectionKindNames, inspection.kind)}</dd>
        <dt>{at(lang, "team")}</dt>
        <dd>{inspection.team.name}</dd>
        <dt>{at(lang, "targets")}</dt>
        <dd>{inspection.targets.map((t) => t.name).join(", ")}</dd>
        <dt>{at(lang, "scheduledAt")}</dt>
        <dd>{officialDateTime(inspection.scheduledAt, tz)}</dd>
        <dt>{at(lang, "startedAt")}</dt>
        <dd>{officialDateTime(inspection.startedAt, tz)}</dd>
        <dt>{at(lang, "endedAt")}</dt>
        <dd>{officialDateTime(inspection.endedAt, tz)}</dd>
        <dt>{at(lang, "findings")}</dt>
        <dd>{inspection.findings ?? at(lang, "none")}</dd>
      </dl>
      {inspection.checklist ? (
        <>
          <h2>
            {at(lang, "checklist")}: {inspection.checklist.name}
          </h2>
          <DataTable
            rows={inspection.checklist.items}
            empty={at(lang, "nothingHere")}
            columns={[
              { label: at(lang, "checklistItem"), cell: (item) => item.label },
              { label: at(lang, "result"), cell: (item) => named(lang, checklistResultNames, item.result) },
              { label: at(lang, "note"), cell: (item) => item.note ?? "" },
            ]}
          />
        </>
      ) : null}
    </ConsoleLayout>
  );
};
