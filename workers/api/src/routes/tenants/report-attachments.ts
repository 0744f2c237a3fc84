import { z } from "@hono/zod-openapi";
import { loadReportRow, readReportAttachment } from "@kycuong/domain/reports";
import { IdParam, SlugParam } from "../../http/common-schemas";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

const download = staffRoute({
  operationId: "downloadReportAttachment",
  method: "get",
  path: "/{id}/attachments/{attachmentId}",
  tag: "Hotline reports",
  summary: "Download a report's attachment (staff only)",
  permission: "reports:read",
  request: {
    params: z.object({
      slug: SlugParam,
      id: IdParam,
      attachmentId: z.uuid().openapi({ param: { name: "attachmentId", in: "path" } }),
    }),
  },
  responses: {
    200: {
      description: "The file, as a download",
      content: {
        "image/jpeg": { schema: z.string() },
        "image/png": { schema: z.string() },
        "image/webp": { schema: z.string() },
        "application/pdf": { schema: z.string() },
      },
    },
  },
});

export const reportAttachmentRoutes = createRouter().openapi(download, async (c) => {
  const { id, attachmentId } = c.req.valid("param");
  const ctx = tenantContext(c);
  // Loading the report applies the unit head's scope: no report, no attachment.
  await loadReportRow(ctx, id);
  const file = await readReportAttachment(ctx, c.var.config.ATTACHMENTS, id, attachmentId);
  return c.body(file.body, 200, {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    // Always a download, never rendered in the API's origin (a PDF could carry script).
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  });
});
