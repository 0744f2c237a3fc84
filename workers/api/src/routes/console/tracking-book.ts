import { z } from "@hono/zod-openapi";
import { localDate } from "@kycuong/domain/calendar";
import { listTrackingBook } from "@kycuong/domain/tracking-book";
import { areaContext } from "../../console/area-context";
import { consolePage } from "../../console/console-page";
import { PageParams } from "../../http/common-schemas";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { TrackingBookPage } from "../../pages/console/tracking-book-page";
import { TenantSlug } from "../public/tenants";

const list = consoleRoute({
  operationId: "showConsoleTrackingBook",
  method: "get",
  path: "/tracking-book",
  summary: "The tracking book (sổ theo dõi) of a year (this year by default), in the order entries were made",
  permission: "discipline:read",
  request: {
    params: z.object({ slug: TenantSlug }),
    query: PageParams.extend({
      year: z.coerce.number().int().min(2000).max(2100).optional(),
      lang: z.enum(["vi", "en"]).optional(),
    }),
  },
});

export const consoleTrackingBookRoutes = createRouter().openapi(list, async (c) => {
  const { ctx, props } = areaContext(c);
  const query = c.req.valid("query");
  const year = query.year ?? Number(localDate(ctx.now, ctx.tenant.timezone).slice(0, 4));
  const page = await listTrackingBook(ctx, { year, limit: query.limit, cursor: query.cursor });
  return consolePage(c, TrackingBookPage({ ...props, year, page, paged: query.cursor !== undefined }));
});
