import { inTenant, reportAttachments } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import type { TenantContext } from "../../context";
import { DomainError } from "../../errors";
import type { AttachmentStore } from "./attachment-store";

/**
 * One attachment's bytes, for staff who may see the report (the caller has
 * already loaded the report through the staff view, which applies the unit
 * head's scope). Another report's or tenant's attachment is a 404.
 */
export async function readReportAttachment(
  ctx: TenantContext,
  store: AttachmentStore,
  reportId: string,
  attachmentId: string,
): Promise<{ body: ReadableStream; filename: string; contentType: string; size: number }> {
  const [row] = await ctx.db
    .select()
    .from(reportAttachments)
    .where(
      inTenant(
        reportAttachments,
        ctx.tenant.id,
        and(eq(reportAttachments.reportId, reportId), eq(reportAttachments.id, attachmentId)),
      ),
    )
    .limit(1);
  const object = row ? await store.get(row.r2Key) : null;
  if (!row || !object)
    throw new DomainError("attachment_not_found", "Không tìm thấy tệp đính kèm · Attachment not found");
  return { body: object.body, filename: row.filename, contentType: row.contentType, size: row.size };
}
