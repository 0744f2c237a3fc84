import { z } from "@hono/zod-openapi";
import { getViolationRecord, listViolationRecords, printViolationRecord } from "@kycuong/domain/violations";
import { areaContext } from "../../console/area-context";
import { consoleHeaders, consolePage } from "../../console/console-page";
import { IdParam, PageParams } from "../../http/common-schemas";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { tenantContext } from "../../http/tenant-context";
import { ViolationListPage, ViolationPage } from "../../pages/console/violation-pages";
import { violationRecordHtml } from "../../pages/violation-record-page";
import { TenantSlug } from "../public/tenants";

const lang = z.enum(["vi", "en"]).optional();
const itemParams = z.object({ slug: TenantSlug, id: IdParam });

const list = consoleRoute({
  operationId: "showConsoleViolations",
  method: "get",
  path: "/violations",
  summary: "Violation records; `status`, or `awaiting=explanation|decision` (an official's follow-up waits)",
  permission: "inspections:read",
  request: {
    params: z.object({ slug: TenantSlug }),
    query: PageParams.extend({
      status: z.enum(["draft", "issued", "closed"]).optional(),
      awaiting: z.enum(["explanation", "decision"]).optional(),
      lang,
    }),
  },
});

const item = consoleRoute({
  operationId: "showConsoleViolation",
  method: "get",
  path: "/violations/{id}",
  summary: "One violation record, read-only: officials, their explanations and decisions, the corrective report",
  permission: "inspections:read",
  request: { params: itemParams, query: z.object({ lang }) },
});

const print = consoleRoute({
  operationId: "printConsoleViolation",
  method: "get",
  path: "/violations/{id}/print",
  summary: "The record as a printable page in the Vietnamese administrative layout (as the API's print route)",
  permission: "inspections:read",
  request: { params: itemParams },
});

export const consoleViolationRoutes = createRouter()
  .openapi(list, async (c) => {
    const { ctx, props } = areaContext(c);
    const { status, awaiting, limit, cursor } = c.req.valid("query");
    const page = await listViolationRecords(ctx, { status, awaiting, limit, cursor });
    return consolePage(
      c,
      ViolationListPage({ ...props, filter: { status, awaiting }, page, paged: cursor !== undefined }),
    );
  })
  .openapi(item, async (c) => {
    const { ctx, props } = areaContext(c);
    const record = await getViolationRecord(ctx, c.req.valid("param").id);
    return consolePage(c, ViolationPage({ ...props, record }));
  })
  .openapi(print, async (c) => {
    const printable = await printViolationRecord(tenantContext(c), c.req.valid("param").id);
    return c.html(violationRecordHtml(printable, c.var.tenant.timezone), 200, consoleHeaders);
  });
