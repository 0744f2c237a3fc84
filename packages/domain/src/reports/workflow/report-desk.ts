import {
  inTenant,
  officials,
  reportCategories,
  reportEvents,
  reportOfficials,
  reports,
  units,
  users,
} from "@kycuong/db";
import { asc, eq, inArray, or } from "drizzle-orm";
import { assertCan } from "../../access/assert-can";
import type { Permission } from "../../access/permissions";
import { reaches, visibleUnitIds } from "../../access/unit-scope";
import type { TenantContext } from "../../context";
import type { PageQuery } from "../../input/page-query";
import type { Page } from "../../pagination/cursor";
import type { ReportListItem, StaffReport } from "../staff-report";
import { reportViewStatements, toStaffReport } from "./get-report";
import { type ReportListQuery, reportListStatement, reportPage } from "./list-reports";

/**
 * What the staff console shows around reports, each page in ONE round trip
 * (the session's load already knows the user's units): the same reads as
 * `listReports` and `getReport`, batched with the choices the page's forms
 * offer. The API keeps its own verbs; these add nothing they do not check.
 */

export interface CategoryChoice {
  code: string;
  nameVi: string;
  nameEn: string;
  active: boolean;
}
export interface UnitChoice {
  id: string;
  name: string;
}

export interface ReportInbox {
  page: Page<ReportListItem>;
  categories: CategoryChoice[];
  /** The units a filter may name: the unit head's subtree, everyone else's whole tenant. */
  units: UnitChoice[];
}

/** The inbox: a page of reports (as `listReports`) and the filter form's choices. */
export async function reportInbox(ctx: TenantContext, query: ReportListQuery & PageQuery): Promise<ReportInbox> {
  assertCan(ctx, "reports:read");
  const visible = await visibleUnitIds(ctx, "reports:read");
  const [rows, categories, unitRows] = await ctx.db.batch([
    reportListStatement(ctx, query, visible),
    categoryChoices(ctx),
    unitChoices(ctx, visible),
  ]);
  return { page: reportPage(ctx, query, rows), categories, units: unitRows };
}

export interface OfficialChoice {
  id: string;
  fullName: string;
  position: string | null;
  unitId: string;
}

export interface ReportCase {
  report: StaffReport;
  categories: CategoryChoice[];
  /** Active units a report may be assigned to. */
  units: UnitChoice[];
  /** Officials a resolution may name: those of the assigned unit and of the unit the reporter named, and any already named. */
  officials: OfficialChoice[];
  /** Staff who wrote the timeline's entries, by user id (staff-only: the reporter never sees names). */
  actorNames: Record<string, string>;
  /** The earlier report this one duplicates, if it is marked so. */
  duplicateOf: { id: string; trackingCode: string } | null;
  /**
   * The work permissions the actor may use on this report: held, and
   * reaching its assigned unit (a unit head who also reads tenant-wide
   * may look at another unit's report but not move it).
   */
  mayUse: Permission[];
}

/** One report with everything its console page shows and its forms offer. */
export async function reportCase(ctx: TenantContext, id: string): Promise<ReportCase> {
  assertCan(ctx, "reports:read");
  const visible = await visibleUnitIds(ctx, "reports:read");
  const tenantId = ctx.tenant.id;
  const thisReport = (column: typeof reports.assignedUnitId | typeof reports.unitId | typeof reports.duplicateOfId) =>
    ctx.db
      .select({ id: column })
      .from(reports)
      .where(inTenant(reports, tenantId, eq(reports.id, id)));
  const [row, attachments, events, concerned, categories, unitRows, officialRows, actors, duplicates] =
    await ctx.db.batch([
      ...reportViewStatements(ctx, id),
      categoryChoices(ctx),
      unitChoices(ctx, null, true),
      ctx.db
        .select({
          id: officials.id,
          fullName: officials.fullName,
          position: officials.position,
          unitId: officials.unitId,
        })
        .from(officials)
        .where(
          inTenant(
            officials,
            tenantId,
            eq(officials.status, "active"),
            or(
              inArray(officials.unitId, thisReport(reports.assignedUnitId)),
              inArray(officials.unitId, thisReport(reports.unitId)),
              inArray(
                officials.id,
                ctx.db
                  .select({ id: reportOfficials.officialId })
                  .from(reportOfficials)
                  .where(inTenant(reportOfficials, tenantId, eq(reportOfficials.reportId, id))),
              ),
            ),
          ),
        )
        .orderBy(asc(officials.fullName))
        .limit(500),
      ctx.db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(
          inTenant(
            users,
            tenantId,
            inArray(
              users.id,
              ctx.db
                .select({ id: reportEvents.actorId })
                .from(reportEvents)
                .where(inTenant(reportEvents, tenantId, eq(reportEvents.reportId, id))),
            ),
          ),
        ),
      ctx.db
        .select({ id: reports.id, trackingCode: reports.trackingCode })
        .from(reports)
        .where(inTenant(reports, tenantId, inArray(reports.id, thisReport(reports.duplicateOfId))))
        .limit(1),
    ]);
  const report = toStaffReport(ctx, visible, [row, attachments, events, concerned]);
  const workPermissions: Permission[] = ["reports:triage", "reports:resolve"];
  const mayUse: Permission[] = [];
  for (const permission of workPermissions) {
    if (await reaches(ctx, permission, report.unit?.id ?? null)) mayUse.push(permission);
  }
  return {
    report,
    categories,
    units: unitRows,
    officials: officialRows,
    actorNames: Object.fromEntries(actors.map((a) => [a.id, a.displayName])),
    duplicateOf: duplicates[0] ?? null,
    mayUse,
  };
}

export interface ReportFormChoices {
  categories: CategoryChoice[];
  units: UnitChoice[];
}

/** What the form for a report taken by phone, email or in person offers (one round trip). */
export async function reportFormChoices(ctx: TenantContext): Promise<ReportFormChoices> {
  assertCan(ctx, "reports:triage");
  const [categories, unitRows] = await ctx.db.batch([categoryChoices(ctx), unitChoices(ctx, null, true)]);
  return { categories: categories.filter((c) => c.active), units: unitRows };
}

function categoryChoices(ctx: TenantContext) {
  return ctx.db
    .select({
      code: reportCategories.code,
      nameVi: reportCategories.nameVi,
      nameEn: reportCategories.nameEn,
      active: reportCategories.active,
    })
    .from(reportCategories)
    .where(inTenant(reportCategories, ctx.tenant.id))
    .orderBy(asc(reportCategories.sortOrder), asc(reportCategories.code));
}

function unitChoices(ctx: TenantContext, visible: string[] | null, activeOnly = false) {
  return ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      inTenant(
        units,
        ctx.tenant.id,
        visible ? inArray(units.id, visible) : undefined,
        activeOnly ? eq(units.active, true) : undefined,
      ),
    )
    .orderBy(asc(units.name));
}
