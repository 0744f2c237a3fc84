import { inTenant, violationRecordOfficials } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { writeGuarded } from "../guarded-write";
import { viewRecord } from "./get-violation-record";
import { appendRecordEvent, readFollowUp } from "./record-events";
import { guardedRecordUpdate } from "./save-record-change";
import { illegalViolationTransition, recordChanged, recordNotIssued } from "./violation-errors";
import { findRecord, recordParts } from "./violation-query";
import type { ViolationRecord } from "./violation-view";

/** issued → closed, once every named official has a decision; each official's follow-up closes with it. */
export async function closeViolationRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  const before = await findRecord(ctx, id, "inspections:manage");
  if (before.status !== "issued") throw recordNotIssued(before.status);
  const named = (await recordParts(ctx, [id])).officials.get(id) ?? [];
  const undecided = named.find((o) => o.status !== "decided");
  if (undecided) throw illegalViolationTransition(undecided.status, "closed");
  const at = ctx.now.toISOString();
  const followUp = await readFollowUp(ctx, before);
  const event = await appendRecordEvent(
    ctx,
    {
      ...followUp,
      record: { ...before, status: "closed" },
      officials: followUp.officials.map((o) => ({ ...o, status: "closed" as const })),
    },
    { kind: "closed", detail: {} },
  );
  await writeGuarded(
    ctx,
    [
      ...guardedRecordUpdate(ctx, before, { status: "closed" }),
      ctx.db
        .update(violationRecordOfficials)
        .set({ status: "closed", updatedAt: at })
        .where(inTenant(violationRecordOfficials, ctx.tenant.id, eq(violationRecordOfficials.recordId, id))),
      event.insert,
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "violation_record.closed",
        entityType: "violation_record",
        entityId: id,
        before,
        after: { ...before, status: "closed" },
      }),
    ],
    recordChanged,
  );
  return viewRecord(ctx, id);
}
