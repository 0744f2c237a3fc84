import { z } from "@hono/zod-openapi";
import { IdParam, SlugParam } from "../../http/common-schemas";
import { reportAttachmentDownload } from "../../http/report-attachment-download";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";

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
  return reportAttachmentDownload(c, id, attachmentId);
});
