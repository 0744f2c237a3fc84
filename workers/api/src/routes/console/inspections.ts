import { z } from "@hono/zod-openapi";
import { getInspection, listInspections } from "@kycuong/domain/inspections";
import { areaContext } from "../../console/area-context";
import { consolePage } from "../../console/console-page";
import { IdParam, PageParams } from "../../http/common-schemas";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { InspectionListPage, InspectionPage } from "../../pages/console/inspection-pages";
import { TenantSlug } from "../public/tenants";

const lang = z.enum(["vi", "en"]).optional();

const list = consoleRoute({
  operationId: "showConsoleInspections",
  method: "get",
  path: "/inspections",
  summary: "Inspections, newest first; `status=in_progress` those under way",
  permission: "inspections:read",
  request: {
    params: z.object({ slug: TenantSlug }),
    query: PageParams.extend({
      status: z.enum(["scheduled", "in_progress", "completed", "cancelled"]).optional(),
      lang,
    }),
  },
});

const item = consoleRoute({
  operationId: "showConsoleInspection",
  method: "get",
  path: "/inspections/{id}",
  summary: "One inspection, read-only: team, targets, dates, findings, checklist results",
  permission: "inspections:read",
  request: { params: z.object({ slug: TenantSlug, id: IdParam }), query: z.object({ lang }) },
});

export const consoleInspectionRoutes = createRouter()
  .openapi(list, async (c) => {
    const { ctx, props } = areaContext(c);
    const { status, limit, cursor } = c.req.valid("query");
    const page = await listInspections(ctx, { status, limit, cursor });
    return consolePage(c, InspectionListPage({ ...props, status, page, paged: cursor !== undefined }));
  })
  .openapi(item, async (c) => {
    const { ctx, props } = areaContext(c);
    const inspection = await getInspection(ctx, c.req.valid("param").id);
    return consolePage(c, InspectionPage({ ...props, inspection }));
  });
