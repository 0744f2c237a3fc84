import { inTenant, officials, reportAttachments, reportEvents, reportOfficials, reports, units } from "@kycuong/db";
import { and, asc, eq } from "drizzle-orm";
import { assertCan } from "../../access/assert-can";
import { rolesGrant } from "../../access/permissions";
import { visibleUnitIds } from "../../access/unit-scope";
import { workingCalendar } from "../../calendar/working-calendar";
import type { TenantContext } from "../../context";
import { type StaffReport, toReportEvent, toReportListItem } from "../staff-report";
import { reportNotFound } from "./load-report";

/** The full staff view of a report. Internal notes are included: this is never the reporter's view. */
export async function getReport(ctx: TenantContext, id: string): Promise<StaffReport> {
  assertCan(ctx, "reports:read");
  const visible = await visibleUnitIds(ctx, "reports:read");
  const [row, attachments, events, concerned] = await ctx.db.batch(reportViewStatements(ctx, id));
  return toStaffReport(ctx, visible, [row, attachments, events, concerned]);
}

/**
 * The report, its assigned unit, files, timeline and officials: every read
 * keyed by the report's id, so all of them go in one batch (one round
 * trip); the scope check runs on the answer (see `toStaffReport`).
 */
export function reportViewStatements(ctx: TenantContext, id: string) {
  const tenantId = ctx.tenant.id;
  return [
    ctx.db
      .select({ report: reports, unit: { id: units.id, name: units.name } })
      .from(reports)
      .leftJoin(units, and(eq(units.id, reports.assignedUnitId), eq(units.tenantId, reports.tenantId)))
      .where(inTenant(reports, tenantId, eq(reports.id, id)))
      .limit(1),
    ctx.db
      .select()
      .from(reportAttachments)
      .where(inTenant(reportAttachments, tenantId, eq(reportAttachments.reportId, id)))
      .orderBy(asc(reportAttachments.createdAt), asc(reportAttachments.id)),
    ctx.db
      .select()
      .from(reportEvents)
      .where(inTenant(reportEvents, tenantId, eq(reportEvents.reportId, id)))
      .orderBy(asc(reportEvents.at), asc(reportEvents.id)),
    ctx.db
      .select({
        id: officials.id,
        fullName: officials.fullName,
        unitId: officials.unitId,
        position: officials.position,
      })
      .from(reportOfficials)
      .innerJoin(officials, and(eq(officials.id, reportOfficials.officialId), eq(officials.tenantId, tenantId)))
      .where(inTenant(reportOfficials, tenantId, eq(reportOfficials.reportId, id)))
      .orderBy(asc(officials.fullName)),
  ] as const;
}

type ViewStatements = ReturnType<typeof reportViewStatements>;
type ViewResults = [
  Awaited<ViewStatements[0]>,
  Awaited<ViewStatements[1]>,
  Awaited<ViewStatements[2]>,
  Awaited<ViewStatements[3]>,
];

/**
 * The answers of `reportViewStatements` as the staff view, or 404 when the
 * report is missing, another tenant's, or outside a unit head's subtree (an
 * unassigned report belongs to nobody's subtree), exactly as `loadReportRow`.
 */
export function toStaffReport(
  ctx: TenantContext,
  visible: string[] | null,
  [rows, attachments, events, concerned]: ViewResults,
): StaffReport {
  const found = rows[0];
  const assigned = found?.report.assignedUnitId;
  if (!found || (visible && !(assigned && visible.includes(assigned)))) throw reportNotFound();
  const row = found.report;
  return {
    ...toReportListItem(row, found.unit?.id ? found.unit : null, workingCalendar(ctx.tenant), ctx.now),
    description: row.description,
    concerned: { unitId: row.unitId, unitText: row.unitText, officialText: row.officialText },
    occurredAt: row.occurredAt,
    location: row.location,
    reporter: mayContact(ctx)
      ? {
          name: row.reporterName,
          phone: row.reporterPhone,
          email: row.reporterEmail,
          consentToContact: row.consentToContact,
        }
      : null,
    erasedAt: row.personalDataErasedAt,
    duplicateOfId: row.duplicateOfId,
    rejectionReason: row.rejectionReason,
    finding: row.finding,
    answer: row.answer,
    resolvedAt: row.resolvedAt,
    updatedAt: row.updatedAt,
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      createdAt: a.createdAt,
    })),
    timeline: events.map(toReportEvent),
    officials: concerned,
  };
}

/** Whether the actor may see who reported (`reports:contact`). */
function mayContact(ctx: TenantContext): boolean {
  return ctx.actor.type === "user" && rolesGrant(ctx.actor.roles, "reports:contact");
}
