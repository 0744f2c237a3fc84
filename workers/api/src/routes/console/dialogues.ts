import { z } from "@hono/zod-openapi";
import { getDialogue, listDialogueConclusions, listDialogues } from "@kycuong/domain/dialogues";
import { areaContext } from "../../console/area-context";
import { consolePage } from "../../console/console-page";
import { IdParam, PageParams } from "../../http/common-schemas";
import { consoleRoute } from "../../http/console-route";
import { createRouter } from "../../http/router";
import { DialogueListPage, DialoguePage } from "../../pages/console/dialogue-pages";
import { TenantSlug } from "../public/tenants";

const lang = z.enum(["vi", "en"]).optional();

const list = consoleRoute({
  operationId: "showConsoleDialogues",
  method: "get",
  path: "/dialogues",
  summary: "Dialogue sessions, latest first; `conclusions=overdue`: assigned conclusions past their deadline",
  permission: "discipline:read",
  request: {
    params: z.object({ slug: TenantSlug }),
    query: PageParams.extend({ conclusions: z.literal("overdue").optional(), lang }),
  },
});

const item = consoleRoute({
  operationId: "showConsoleDialogue",
  method: "get",
  path: "/dialogues/{id}",
  summary: "One dialogue session with its issues; `issue` names the conclusion to highlight (`#issue-{id}`)",
  permission: "discipline:read",
  request: {
    params: z.object({ slug: TenantSlug, id: IdParam }),
    query: z.object({ issue: z.uuid().optional(), lang }),
  },
});

export const consoleDialogueRoutes = createRouter()
  .openapi(list, async (c) => {
    const { ctx, props } = areaContext(c);
    const { conclusions, limit, cursor } = c.req.valid("query");
    const overdue = conclusions === "overdue";
    const page = overdue
      ? {
          conclusions: await listDialogueConclusions(ctx, { overdue: "true", limit, cursor }),
          sessions: null,
        }
      : { conclusions: null, sessions: await listDialogues(ctx, { limit, cursor }) };
    return consolePage(c, DialogueListPage({ ...props, ...page, overdue, paged: cursor !== undefined }));
  })
  .openapi(item, async (c) => {
    const { ctx, props } = areaContext(c);
    const dialogue = await getDialogue(ctx, c.req.valid("param").id);
    return consolePage(c, DialoguePage({ ...props, dialogue, highlight: c.req.valid("query").issue }));
  });
