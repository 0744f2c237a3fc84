import { z } from "@hono/zod-openapi";
import { todaysWork } from "@kycuong/domain/alerts";
import { consoleFrame, consolePage } from "../../console/console-page";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { tenantContext } from "../../http/tenant-context";
import { HomePage } from "../../pages/console/home-page";
import { TenantSlug } from "../public/tenants";

const showHome = consoleRoute({
  operationId: "showConsoleHome",
  method: "get",
  path: "/",
  summary: "Today: each role's work, every figure a link to the list behind it",
  description:
    "The page of `GET /v1/tenants/{slug}/me/today`: the same verb, so a unit head's part is exactly this " +
    "morning's digest for their unit subtree.",
  permission: "organisation:read",
  request: { params: z.object({ slug: TenantSlug }), query: z.object({ lang: z.enum(["vi", "en"]).optional() }) },
});

export const homeRoutes = createRouter().openapi(showHome, async (c) => {
  const page = HomePage({
    frame: consoleFrame(c),
    work: await todaysWork(tenantContext(c)),
  });
  return consolePage(c, page);
});
