import { z } from "@hono/zod-openapi";
import { exportTenantData } from "@kycuong/domain/tenant-data";
import { TenantParams } from "../../http/common-schemas";
import { ndjsonStream } from "../../http/ndjson";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

const exportRoute = staffRoute({
  operationId: "exportTenantData",
  method: "get",
  path: "/",
  tag: "Tenant data",
  summary: "All of the tenant's data as JSON lines (a download)",
  description:
    'One JSON object a line: `{"table":"export_manifest",…}` (what is left out and why), then ' +
    '`{"table":"<SQL table>","row":{…}}` for every row of every tenant-owned table, then ' +
    '`{"table":"attachment_objects","row":{key,size,contentType,uploadedAt}}` per stored file, and last ' +
    '`{"table":"export_complete","row":{rows,objects}}`. Password hashes, session and token hashes and ' +
    "reporters' contact details are never in it. Streamed: the file may be large. Audited (`tenant.exported`).",
  permission: "data:export",
  request: { params: TenantParams },
  responses: {
    200: {
      description: "kycuong-{slug}-{YYYY-MM-DD}.ndjson",
      content: { "application/x-ndjson": { schema: z.string() } },
    },
  },
});

/** `/export`: the tenant admin's copy of everything the tenant holds. */
export const tenantDataRoutes = createRouter().openapi(exportRoute, async (c) => {
  const file = await exportTenantData(tenantContext(c), c.var.config.ATTACHMENTS);
  const download = c.body(ndjsonStream(file.lines), 200, {
    "Content-Type": "application/x-ndjson; charset=utf-8",
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "Cache-Control": "private, no-store",
  });
  // @hono/zod-openapi reads `application/x-ndjson` as a JSON media type it cannot type (`never`): it is a plain body.
  return download as never;
});
