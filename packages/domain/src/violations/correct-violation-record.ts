import { violationRecordVersions } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { writeGuarded } from "../guarded-write";
import { canonicalContent } from "./canonical-content";
import { viewRecord } from "./get-violation-record";
import { appendRecordEvent, readFollowUp } from "./record-events";
import { sealOf } from "./record-seal";
import { guardedRecordUpdate } from "./save-record-change";
import { recordChanged, recordNotIssued } from "./violation-errors";
import type { CorrectViolationRecord } from "./violation-input";
import { findRecord } from "./violation-query";
import { assertViolationType } from "./violation-references";
import type { ViolationRecord } from "./violation-view";

/**
 * A correction of an issued record: version n+1 with its reason, its own
 * canonical content, hash and seal-key signature, chained as an event;
 * version n stays readable as it was.
 */
export async function correctViolationRecord(
  ctx: TenantContext,
  id: string,
  input: CorrectViolationRecord,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  const seal = await sealOf(ctx);
  const before = await findRecord(ctx, id, "inspections:manage");
  if (before.status !== "issued") throw recordNotIssued(before.status);
  const { changes } = input;
  if (changes.typeCode) await assertViolationType(ctx, changes.typeCode, "body.changes.typeCode");
  const fields = {
    ...changes,
    ...(changes.occurredAt ? { occurredAt: new Date(changes.occurredAt).toISOString() } : {}),
  };
  const version = before.version + 1;
  const { content, hash } = await canonicalContent(ctx, { ...before, ...fields, version });
  const signature = await seal.sign(hash);
  const followUp = await readFollowUp(ctx, before);
  const event = await appendRecordEvent(
    ctx,
    { ...followUp, record: { ...before, version } },
    { kind: "corrected", detail: { version, contentHash: hash, reason: input.reason } },
  );
  const actorId = ctx.actor.type === "user" ? ctx.actor.userId : "system";
  const change = { ...fields, version, contentHash: hash };
  await writeGuarded(
    ctx,
    [
      ...guardedRecordUpdate(ctx, before, change),
      ctx.db.insert(violationRecordVersions).values({
        id: newId(ctx.now),
        tenantId: ctx.tenant.id,
        recordId: id,
        version,
        content,
        contentHash: hash,
        sealSignature: signature,
        sealKid: seal.kid,
        reason: input.reason,
        createdBy: actorId,
        createdAt: ctx.now.toISOString(),
      }),
      event.insert,
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "violation_record.corrected",
        entityType: "violation_record",
        entityId: id,
        before,
        after: { ...before, ...change, reason: input.reason },
      }),
    ],
    recordChanged,
  );
  return viewRecord(ctx, id);
}
