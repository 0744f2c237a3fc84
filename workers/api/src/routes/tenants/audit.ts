import { AuditListQuery, AuditRecord, listAudit } from "@kycuong/domain/audit";
import { jsonResponse, PageParams, pageOf, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const list = staffRoute({
  operationId: "listAuditEntries",
  method: "get",
  path: "/",
  tag: "Audit",
  summary: "The tenant's audit log, newest first (read-only: nothing ever changes it)",
  description: "Filter by `entity` (entity type: `unit`, `user`, `tenant`, …) and `id` (entity id).",
  permission: "audit:read",
  request: { params: TenantParams, query: PageParams.extend(AuditListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(AuditRecord, "AuditPage"), "A page of audit entries"),
    400: problemContent("Bad query"),
  },
});

export const auditRoutes = createRouter().openapi(list, async (c) =>
  c.json(await listAudit(tenantContext(c), c.req.valid("query")), 200),
);
