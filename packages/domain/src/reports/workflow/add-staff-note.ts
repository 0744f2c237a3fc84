import { reportEvents } from "@kycuong/db";
import { assertCan } from "../../access/assert-can";
import { auditEntry } from "../../audit/audit-entry";
import type { TenantContext } from "../../context";
import { newId } from "../../context/ids";
import { type ReportEvent, toReportEvent } from "../staff-report";
import { loadReportRow } from "./load-report";
import type { StaffNote } from "./transition-input";

/**
 * An internal note on a report: staff-only (`public = false`), so it never
 * appears in the reporter's timeline. It leaves the report itself untouched,
 * so a note written meanwhile never makes someone's transition fail.
 */
export async function addStaffNote(ctx: TenantContext, reportId: string, input: StaffNote): Promise<ReportEvent> {
  assertCan(ctx, "reports:resolve");
  await loadReportRow(ctx, reportId, "reports:resolve");
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    reportId,
    kind: "staff_note" as const,
    fromStatus: null,
    toStatus: null,
    public: false,
    body: input.body,
    actorType: "user" as const,
    actorId: ctx.actor.type === "user" ? ctx.actor.userId : null,
    at: ctx.now.toISOString(),
  };
  await ctx.db.batch([
    ctx.db.insert(reportEvents).values(row),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "report.note_added",
      entityType: "report",
      entityId: reportId,
      after: { noteId: row.id },
    }),
  ]);
  return toReportEvent(row);
}
