import { inTenant, officials, reportAttachments, reportEvents, reportOfficials, units } from "@kycuong/db";
import { and, asc, eq } from "drizzle-orm";
import { assertCan } from "../../access/assert-can";
import { workingCalendar } from "../../calendar/working-calendar";
import type { TenantContext } from "../../context";
import { type StaffReport, toReportEvent, toReportListItem } from "../staff-report";
import { loadReportRow } from "./load-report";

/** The full staff view of a report. Internal notes are included: this is never the reporter's view. */
export async function getReport(ctx: TenantContext, id: string): Promise<StaffReport> {
  assertCan(ctx, "reports:read");
  const row = await loadReportRow(ctx, id);
  const tenantId = ctx.tenant.id;
  // One round trip for everything hanging off the report.
  const [unitRows, attachments, events, concerned] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inTenant(units, tenantId, eq(units.id, row.assignedUnitId ?? ""))),
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
  ]);
  return {
    ...toReportListItem(row, unitRows[0] ?? null, workingCalendar(ctx.tenant), ctx.now),
    description: row.description,
    concerned: { unitId: row.unitId, unitText: row.unitText, officialText: row.officialText },
    occurredAt: row.occurredAt,
    location: row.location,
    reporter: {
      name: row.reporterName,
      phone: row.reporterPhone,
      email: row.reporterEmail,
      consentToContact: row.consentToContact,
    },
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
