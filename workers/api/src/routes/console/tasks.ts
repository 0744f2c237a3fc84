import { z } from "@hono/zod-openapi";
import { getTaskDetail, listTasks } from "@kycuong/domain/tasks";
import { areaContext } from "../../console/area-context";
import { consolePage } from "../../console/console-page";
import { IdParam, PageParams } from "../../http/common-schemas";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { TaskListPage, TaskPage } from "../../pages/console/task-pages";
import { TenantSlug } from "../public/tenants";

const lang = z.enum(["vi", "en"]).optional();

const list = consoleRoute({
  operationId: "showConsoleTasks",
  method: "get",
  path: "/tasks",
  summary: "Open tasks; `due=overdue` past due, `due=soon` due within the tenant's due-soon working days",
  permission: "discipline:read",
  request: {
    params: z.object({ slug: TenantSlug }),
    query: PageParams.extend({ due: z.enum(["overdue", "soon"]).optional(), lang }),
  },
});

const item = consoleRoute({
  operationId: "showConsoleTask",
  method: "get",
  path: "/tasks/{id}",
  summary: "One task, read-only: source document, unit, official, deadline, status, its written reminders",
  permission: "discipline:read",
  request: { params: z.object({ slug: TenantSlug, id: IdParam }), query: z.object({ lang }) },
});

export const consoleTaskRoutes = createRouter()
  .openapi(list, async (c) => {
    const { ctx, props } = areaContext(c);
    const { due, limit, cursor } = c.req.valid("query");
    const page = await listTasks(ctx, { ...(due ? { due } : { status: "open" }), limit, cursor });
    return consolePage(c, TaskListPage({ ...props, due, page, paged: cursor !== undefined }));
  })
  .openapi(item, async (c) => {
    const { ctx, props } = areaContext(c);
    const task = await getTaskDetail(ctx, c.req.valid("param").id);
    return consolePage(c, TaskPage({ ...props, task }));
  });
