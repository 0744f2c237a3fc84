import type { Inspection, InspectionDetail } from "@kycuong/domain/inspections";
import type { FC } from "hono/jsx";
import { type AreaPageProps, areaCrumbs, FilterLinks, ListTable, localDmyTime, type Page, Pager } from "./area-parts";
import { at, atf, checklistResultNames, inspectionKindNames, inspectionStatusNames, named } from "./areas-text";
import { ConsoleLayout } from "./console-layout";

export type InspectionStatus = Inspection["status"];

/** Inspections, newest first; `status=in_progress` is the inspectors' current work. */
export const InspectionListPage: FC<
  AreaPageProps & { status: InspectionStatus | undefined; page: Page<Inspection>; paged: boolean }
> = ({ lang, tenant, user, status, page, paged }) => {
  const path = `/t/${tenant.slug}/app/inspections`;
  const title = at(lang, status === "in_progress" ? "inspectionsInProgressTitle" : "inspectionsTitle");
  const tz = tenant.timezone;
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
          { href: path, label: at(lang, "all"), current: !status },
          ...(["scheduled", "in_progress", "completed", "cancelled"] as const).map((s) => ({
            href: `${path}?status=${s}`,
            label: named(lang, inspectionStatusNames, s),
            current: status === s,
          })),
        ]}
      />
      <ListTable
        lang={lang}
        empty={page.items.length === 0}
        caption={title}
        head={[at(lang, "team"), at(lang, "targets"), at(lang, "kind"), at(lang, "status"), at(lang, "startedAt")]}
      >
        {page.items.map((inspection) => (
          <tr>
            <td>
              <a href={`${path}/${inspection.id}`}>{inspection.team.name}</a>
            </td>
            <td>{inspection.targets.map((t) => t.name).join(", ")}</td>
            <td>{named(lang, inspectionKindNames, inspection.kind)}</td>
            <td>{named(lang, inspectionStatusNames, inspection.status)}</td>
            <td>{localDmyTime(inspection.startedAt ?? inspection.scheduledAt, tz)}</td>
          </tr>
        ))}
      </ListTable>
      <Pager lang={lang} path={path} query={{ status }} next={page.nextCursor} paged={paged} />
    </ConsoleLayout>
  );
};

/** One inspection, read-only: team, targets, dates, findings and the checklist's results. */
export const InspectionPage: FC<AreaPageProps & { inspection: InspectionDetail }> = ({
  lang,
  tenant,
  user,
  inspection,
}) => {
  const app = `/t/${tenant.slug}/app`;
  const tz = tenant.timezone;
  return (
    <ConsoleLayout
      lang={lang}
      slug={tenant.slug}
      tenantName={tenant.name}
      title={atf(lang, "inspectionTitle", { team: inspection.team.name })}
      user={user}
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
        <dd>{localDmyTime(inspection.scheduledAt, tz)}</dd>
        <dt>{at(lang, "startedAt")}</dt>
        <dd>{localDmyTime(inspection.startedAt, tz)}</dd>
        <dt>{at(lang, "endedAt")}</dt>
        <dd>{localDmyTime(inspection.endedAt, tz)}</dd>
        <dt>{at(lang, "findings")}</dt>
        <dd>{inspection.findings ?? at(lang, "none")}</dd>
      </dl>
      {inspection.checklist ? (
        <>
          <h2>
            {at(lang, "checklist")}: {inspection.checklist.name}
          </h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{at(lang, "checklistItem")}</th>
                  <th scope="col">{at(lang, "result")}</th>
                  <th scope="col">{at(lang, "note")}</th>
                </tr>
              </thead>
              <tbody>
                {inspection.checklist.items.map((item) => (
                  <tr>
                    <td>{item.label}</td>
                    <td>{named(lang, checklistResultNames, item.result)}</td>
                    <td>{item.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </ConsoleLayout>
  );
};
