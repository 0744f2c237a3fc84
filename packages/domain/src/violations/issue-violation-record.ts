import { inTenant, violationRecordOfficials, violationRecordVersions } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { dueAfterWorkingDays, workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { writeGuarded } from "../guarded-write";
import { canonicalContent } from "./canonical-content";
import { viewRecord } from "./get-violation-record";
import { guardedRecordUpdate } from "./save-record-change";
import { recordChanged, recordNotDraft } from "./violation-errors";
import { findRecord } from "./violation-query";
import type { ViolationRecord } from "./violation-view";

/** Working days unit heads have to report corrective action after issue. */
export const CORRECTIVE_WORKING_DAYS = 10;

/**
 * draft → issued: the content is sealed. Its canonical form and SHA-256
 * become version 1, every named official's follow-up starts (`issued`), and
 * the corrective-action deadline is set, all with the audit entry in one
 * guarded batch (evidence added meanwhile makes it a 409, never a stale hash).
 */
export async function issueViolationRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  const before = await findRecord(ctx, id, "inspections:manage");
  if (before.status !== "draft") throw recordNotDraft(before.status);
  const { content, hash } = await canonicalContent(ctx, before);
  const at = ctx.now.toISOString();
  const actorId = ctx.actor.type === "user" ? ctx.actor.userId : "system";
  const change = {
    status: "issued" as const,
    version: 1,
    contentHash: hash,
    issuedAt: at,
    issuedBy: actorId,
    correctiveDueAt: dueAfterWorkingDays(workingCalendar(ctx.tenant), ctx.now, CORRECTIVE_WORKING_DAYS).toISOString(),
  };
  await writeGuarded(
    ctx,
    [
      ...guardedRecordUpdate(ctx, before, change),
      ctx.db
        .update(violationRecordOfficials)
        .set({ status: "issued", updatedAt: at })
        .where(inTenant(violationRecordOfficials, ctx.tenant.id, eq(violationRecordOfficials.recordId, id))),
      ctx.db.insert(violationRecordVersions).values({
        id: newId(ctx.now),
        tenantId: ctx.tenant.id,
        recordId: id,
        version: 1,
        content,
        contentHash: hash,
        reason: null,
        createdBy: actorId,
        createdAt: at,
      }),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "violation_record.issued",
        entityType: "violation_record",
        entityId: id,
        before,
        after: { ...before, ...change },
      }),
    ],
    recordChanged,
  );
  return viewRecord(ctx, id);
}
