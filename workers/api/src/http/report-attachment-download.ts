import { loadReportRow, readReportAttachment } from "@kycuong/domain/reports";
import type { Context } from "hono";
import type { AppEnv } from "./app-env";
import { tenantContext } from "./tenant-context";

/**
 * A report's attachment as a download, for the API and the console alike.
 * Loading the report first applies the unit head's scope: no report, no
 * attachment. Always a download, never rendered in our origin (a PDF could
 * carry script), never cached by anyone but the user's browser.
 */
export async function reportAttachmentDownload(c: Context<AppEnv>, reportId: string, attachmentId: string) {
  const ctx = tenantContext(c);
  await loadReportRow(ctx, reportId, "reports:read");
  const file = await readReportAttachment(ctx, c.var.config.ATTACHMENTS, reportId, attachmentId);
  return c.body(file.body, 200, {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  });
}
