import { inTenant, reportAttachments } from "@kycuong/db";
import { count, eq } from "drizzle-orm";
import { auditEntry } from "../../audit/audit-entry";
import { sha256Hex } from "../../auth/secret-token";
import type { TenantContext } from "../../context";
import { newId } from "../../context/ids";
import { DomainError } from "../../errors";
import {
  type AttachmentStore,
  discardUnlessPerhapsWritten,
  putAllOrNone,
  tenantObjectPrefix,
} from "./attachment-store";
import { type CheckedFile, checkAttachments, type IncomingFile } from "./check-attachments";

export interface AttachmentMeta {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

/** Checks files against what the report already has, then stores them. */
export async function addReportAttachments(
  ctx: TenantContext,
  store: AttachmentStore,
  reportId: string,
  files: IncomingFile[],
): Promise<AttachmentMeta[]> {
  if (files.length === 0) {
    throw new DomainError("attachment_rejected", "Chưa chọn tệp · No file was sent", [
      { path: "files", message: "Chưa chọn tệp · No file was sent" },
    ]);
  }
  const [existing] = await ctx.db
    .select({ n: count() })
    .from(reportAttachments)
    .where(inTenant(reportAttachments, ctx.tenant.id, eq(reportAttachments.reportId, reportId)));
  return storeReportAttachments(ctx, store, reportId, checkAttachments(files, existing?.n ?? 0));
}

/**
 * Stores checked files: bytes to the store first (all or none), then their
 * rows and one audit entry in one batch; if the batch fails the stored
 * objects are removed again (unless it may have been written: see
 * discardUnlessPerhapsWritten), so no row ever names a missing object.
 */
export async function storeReportAttachments(
  ctx: TenantContext,
  store: AttachmentStore,
  reportId: string,
  files: CheckedFile[],
): Promise<AttachmentMeta[]> {
  if (files.length === 0) return [];
  const at = ctx.now.toISOString();
  const rows = await Promise.all(
    files.map(async (file) => {
      const id = newId(ctx.now);
      return {
        id,
        tenantId: ctx.tenant.id,
        reportId,
        r2Key: `${tenantObjectPrefix(ctx.tenant.id)}reports/${reportId}/${id}`,
        filename: file.name.normalize("NFC").slice(0, 200) || "tep-dinh-kem",
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
  const metas = rows.map((r) => ({
    id: r.id,
    filename: r.filename,
    contentType: r.contentType,
    size: r.size,
    createdAt: at,
  }));
  try {
    await ctx.db.batch([
      ctx.db.insert(reportAttachments).values(rows.map(({ bytes: _bytes, ...row }) => row)),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "report.attachments_added",
        entityType: "report",
        entityId: reportId,
        after: { attachments: metas.map(({ createdAt: _c, ...meta }) => meta) },
      }),
    ]);
  } catch (error) {
    await discardUnlessPerhapsWritten(
      store,
      rows.map((row) => row.r2Key),
      error,
    );
    throw error;
  }
  return metas;
}
