import { violationEvidence } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { sha256Hex } from "../auth/secret-token";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import {
  type AttachmentStore,
  discardUnlessPerhapsWritten,
  putAllOrNone,
  tenantObjectPrefix,
} from "../reports/attachments/attachment-store";
import { type CheckedFile, checkAttachments, type IncomingFile } from "../reports/attachments/check-attachments";
import { appendRecordEvent, readFollowUp } from "./record-events";
import { guardedRecordUpdate } from "./save-record-change";
import { recordChanged, recordNotDraft } from "./violation-errors";
import { findRecord, type RecordRow } from "./violation-query";
import type { EvidenceMeta } from "./violation-view";

/**
 * Photos or PDFs of evidence for a draft record (checked by content, 10 MB
 * each). Bytes go to the store first, then their rows and the audit entry in
 * one guarded batch; if that batch fails (the record was issued or changed
 * meanwhile) the stored objects are removed again, so nothing is half-kept.
 */
export async function addViolationEvidence(
  ctx: TenantContext,
  store: AttachmentStore,
  recordId: string,
  files: IncomingFile[],
): Promise<EvidenceMeta[]> {
  assertCan(ctx, "inspections:manage");
  const before = await findRecord(ctx, recordId, "inspections:manage");
  if (before.status !== "draft") throw recordNotDraft(before.status);
  if (files.length === 0) {
    throw new DomainError("attachment_rejected", "Chưa chọn tệp · No file was sent", [
      { path: "files", message: "Chưa chọn tệp · No file was sent" },
    ]);
  }
  return storeViolationEvidence(ctx, store, before, checkAttachments(files), {
    officialId: null,
    action: "violation_record.evidence_added",
  });
}

/**
 * Stores checked files for a record (or one official's explanation), then
 * their rows and the audit entry in one batch guarded on the record being
 * unchanged since `before` was read; stored objects are removed if it fails
 * (see discardUnlessPerhapsWritten).
 */
export async function storeViolationEvidence(
  ctx: TenantContext,
  store: AttachmentStore,
  before: RecordRow,
  checked: CheckedFile[],
  options: { officialId: string | null; action: string },
): Promise<EvidenceMeta[]> {
  const recordId = before.id;
  const at = ctx.now.toISOString();
  const rows = await Promise.all(
    checked.map(async (file) => {
      const id = newId(ctx.now);
      return {
        id,
        tenantId: ctx.tenant.id,
        recordId,
        officialId: options.officialId,
        r2Key: `${tenantObjectPrefix(ctx.tenant.id)}violations/${recordId}/${id}`,
        filename: file.name.normalize("NFC").slice(0, 200) || "bang-chung",
        contentType: file.contentType,
        size: file.bytes.byteLength,
        sha256: await sha256Hex(file.bytes),
        createdAt: at,
        bytes: file.bytes,
      };
    }),
  );
  await putAllOrNone(
    store,
    rows.map((row) => ({ key: row.r2Key, bytes: row.bytes, contentType: row.contentType })),
  );
  try {
    const metas = rows.map(({ bytes: _b, tenantId: _t, recordId: _r, r2Key: _k, ...meta }) => meta);
    const stored = rows.map(({ bytes: _bytes, ...row }) => row);
    // A draft's evidence is sealed with its content at issue; an explanation's files are chained as they come.
    const chained = options.officialId
      ? await readFollowUp(ctx, before).then((followUp) =>
          appendRecordEvent(
            ctx,
            { ...followUp, explanationFiles: [...followUp.explanationFiles, ...stored] },
            {
              kind: "explanation_evidence_added",
              detail: { officialId: options.officialId, files: stored.map((f) => ({ id: f.id, sha256: f.sha256 })) },
            },
          ),
        )
      : null;
    await writeGuarded(
      ctx,
      [
        ...guardedRecordUpdate(ctx, before, {}),
        ctx.db.insert(violationEvidence).values(stored),
        ...(chained ? [chained.insert] : []),
        auditEntry(ctx, {
          tenantId: ctx.tenant.id,
          action: options.action,
          entityType: "violation_record",
          entityId: recordId,
          after: { officialId: options.officialId, evidence: metas.map(({ createdAt: _c, ...meta }) => meta) },
        }),
      ],
      recordChanged,
    );
    return metas;
  } catch (error) {
    await discardUnlessPerhapsWritten(
      store,
      rows.map((row) => row.r2Key),
      error,
    );
    throw error;
  }
}
