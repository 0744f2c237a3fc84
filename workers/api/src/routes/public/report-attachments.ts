import { z } from "@hono/zod-openapi";
import { addReportAttachments, reportByReceipt } from "@kycuong/domain/reports";
import { resolveTenant } from "@kycuong/domain/tenants";
import { receiptRateLimit } from "../../hotline/intake-guards";
import { jsonResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { uploadedFiles } from "../../http/uploaded-files";
import { MAX_UPLOAD_BODY_BYTES, routeBodyLimit } from "../../middleware/body-limits";
import { admitOrigin } from "../../middleware/public-cors";
import { TenantSlug } from "./tenants";

const Attachment = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.int(),
  createdAt: z.string(),
});

/** The answer to an upload: the files stored by this request. */
export const StoredAttachments = z.object({ attachments: z.array(Attachment) });

// Shares the follow-up routes' bucket: guessing receipts through uploads is
// throttled like guessing them anywhere else.
const receiptLimit = receiptRateLimit((c) => c.req.param("trackingCode") ?? "");

const upload = publicRoute({
  operationId: "attachPublicReportFiles",
  method: "post",
  path: "/{trackingCode}/attachments",
  tag: "Public",
  summary: "Attach photos or PDFs to a report with its receipt (no login)",
  description:
    "multipart/form-data with one or more `files` parts: JPEG, PNG, WebP or PDF (checked by content, not name), 10 MB each, 5 per report in all. One bad file refuses them all. Only staff can read attachments back.",
  middleware: [receiptLimit, routeBodyLimit(MAX_UPLOAD_BODY_BYTES)],
  request: {
    params: z.object({ slug: TenantSlug, trackingCode: z.string() }),
    headers: z.object({ "x-receipt": z.string().optional() }),
    body: {
      content: {
        "multipart/form-data": { schema: z.object({ files: z.any().openapi({ type: "string", format: "binary" }) }) },
      },
      required: true,
    },
  },
  responses: {
    201: jsonResponse(StoredAttachments, "Stored"),
    400: problemContent("A file is not an accepted type, too large, or one too many (`attachment_rejected`)"),
    404: problemContent("No report matches this code and receipt (`report_not_found`)"),
    413: problemContent("Body over 52 MB"),
    429: problemContent("Too many attempts (`rate_limited`)"),
  },
});

export const publicReportAttachmentRoutes = createRouter().openapi(upload, async (c) => {
  const { slug, trackingCode } = c.req.valid("param");
  c.set("tenantSlug", slug);
  const base = domainContext(c, { type: "public" });
  const tenant = await resolveTenant(base, slug);
  admitOrigin(c, tenant);
  const ctx = { ...base, tenant };
  const { reportId } = await reportByReceipt(ctx, trackingCode, c.req.valid("header")["x-receipt"]);
  const attachments = await addReportAttachments(ctx, c.var.config.ATTACHMENTS, reportId, await uploadedFiles(c));
  return c.json({ attachments }, 201, { "Cache-Control": "no-store" });
});
