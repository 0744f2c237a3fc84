import { z } from "@hono/zod-openapi";
import { consoleLang } from "../../console/console-lang";
import { consolePage, consoleUser } from "../../console/console-page";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { HomePage } from "../../pages/console/home-page";
import { TenantSlug } from "../public/tenants";

const showHome = consoleRoute({
  operationId: "showConsoleHome",
  method: "get",
  path: "/",
  summary: "Today: each role's work, every figure a link to the list behind it",
  request: { params: z.object({ slug: TenantSlug }), query: z.object({ lang: z.enum(["vi", "en"]).optional() }) },
});

export const homeRoutes = createRouter().openapi(showHome, async (c) => {
  const page = HomePage({
    lang: consoleLang(c),
    slug: c.var.tenant.slug,
    tenantName: c.var.tenant.name,
    user: consoleUser(c),
  });
  return consolePage(c, page);
});
