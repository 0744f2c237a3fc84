import { inTenant, violationEvidence } from "@kycuong/db";
import { and, count, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import type { AttachmentStore } from "../reports/attachments/attachment-store";
import { checkAttachments, type IncomingFile } from "../reports/attachments/check-attachments";
import { storeViolationEvidence } from "./add-violation-evidence";
import { assertRespondsFor } from "./change-record-official";
import { findRecord, findRecordOfficial } from "./violation-query";
import type { EvidenceMeta } from "./violation-view";

/**
 * Files that go with an official's explanation (a medical certificate, a
 * written statement), sent by the head of their unit or an inspector while
 * the official is not yet decided. They are kept apart from the record's
 * sealed evidence (`officialId` set), so they never change its content hash.
 */
export async function addExplanationEvidence(
  ctx: TenantContext,
  store: AttachmentStore,
  recordId: string,
  officialId: string,
  files: IncomingFile[],
): Promise<EvidenceMeta[]> {
  assertCan(ctx, "inspections:read");
  const before = await findRecord(ctx, recordId, "inspections:read");
  const named = await findRecordOfficial(ctx, recordId, officialId);
  if (!named || before.status === "draft") {
    throw new DomainError(
      "violation_official_not_found",
      "Biên bản không nêu cán bộ này · The record does not name this official",
    );
  }
  await assertRespondsFor(ctx, named.unitId);
  if (named.status === "decided" || named.status === "closed" || before.status === "closed") {
    throw new DomainError(
      "violation_official_decided",
      "Đã có quyết định; không bổ sung giải trình được nữa · Already decided; the explanation can no longer change",
    );
  }
  if (files.length === 0) {
    throw new DomainError("attachment_rejected", "Chưa chọn tệp · No file was sent", [
      { path: "files", message: "Chưa chọn tệp · No file was sent" },
    ]);
  }
  const [existing] = await ctx.db
    .select({ n: count() })
    .from(violationEvidence)
    .where(
      inTenant(
        violationEvidence,
        ctx.tenant.id,
        and(eq(violationEvidence.recordId, recordId), eq(violationEvidence.officialId, officialId)),
      ),
    );
  return storeViolationEvidence(ctx, store, before, checkAttachments(files, existing?.n ?? 0), {
    officialId,
    action: "violation_record.explanation_evidence_added",
  });
}
