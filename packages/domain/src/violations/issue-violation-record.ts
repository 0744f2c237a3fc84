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
import { appendRecordEvent, readFollowUp } from "./record-events";
import { formatRecordNumber, isNumberTaken, nextRecordNumber } from "./record-number";
import { sealOf } from "./record-seal";
import { guardedRecordUpdate } from "./save-record-change";
import { recordChanged, recordNotDraft } from "./violation-errors";
import { findRecord } from "./violation-query";
import type { ViolationRecord } from "./violation-view";

/** Working days unit heads have to report corrective action after issue. */
export const CORRECTIVE_WORKING_DAYS = 10;

/** Issues that may lose the race for a number before one gives up (each reads the next free one). */
const NUMBER_ATTEMPTS = 5;

/**
 * draft → issued: the record gets the next number of its team's series for
 * the year, and its content (with the number, who issued it, when, and the
 * corrective deadline) is sealed: its canonical form, SHA-256 and the seal
 * key's signature over that hash become version 1; every named official's
 * follow-up starts (`issued`) and the event chain records it, all with the
 * audit entry in one guarded batch (evidence added meanwhile makes it a 409,
 * never a stale hash).
 */
export async function issueViolationRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  const seal = await sealOf(ctx);
  for (let attempt = 1; ; attempt++) {
    try {
      await issueOnce(ctx, id, seal.kid, (hash) => seal.sign(hash));
      return viewRecord(ctx, id);
    } catch (error) {
      if (!isNumberTaken(error) || attempt >= NUMBER_ATTEMPTS) throw error;
    }
  }
}

async function issueOnce(ctx: TenantContext, id: string, kid: string, sign: (hash: string) => Promise<string>) {
  const before = await findRecord(ctx, id, "inspections:manage");
  if (before.status !== "draft") throw recordNotDraft(before.status);
  const at = ctx.now.toISOString();
  const actorId = ctx.actor.type === "user" ? ctx.actor.userId : "system";
  const change = {
    status: "issued" as const,
    version: 1,
    issuedAt: at,
    issuedBy: actorId,
    correctiveDueAt: dueAfterWorkingDays(workingCalendar(ctx.tenant), ctx.now, CORRECTIVE_WORKING_DAYS).toISOString(),
    ...(await nextRecordNumber(ctx, before)),
  };
  const { content, hash } = await canonicalContent(ctx, { ...before, ...change });
  const signature = await sign(hash);
  const followUp = await readFollowUp(ctx, before);
  const event = await appendRecordEvent(
    ctx,
    {
      ...followUp,
      record: { ...before, ...change },
      officials: followUp.officials.map((o) => ({ ...o, status: "issued" as const })),
    },
    { kind: "issued", detail: { version: 1, contentHash: hash, number: formatRecordNumber(change) } },
  );
  await writeGuarded(
    ctx,
    [
      ...guardedRecordUpdate(ctx, before, { ...change, contentHash: hash }),
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
        sealSignature: signature,
        sealKid: kid,
        reason: null,
        createdBy: actorId,
        createdAt: at,
      }),
      event.insert,
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "violation_record.issued",
        entityType: "violation_record",
        entityId: id,
        before,
        after: { ...before, ...change, contentHash: hash },
      }),
    ],
    recordChanged,
  );
}
