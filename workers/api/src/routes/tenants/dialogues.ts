import { z } from "@hono/zod-openapi";
import {
  addDialogueIssue,
  ConclusionListQuery,
  ConclusionProgress,
  CreateDialogue,
  CreateDialogueIssue,
  createDialogue,
  DialogueConclusion,
  DialogueDetail,
  DialogueIssue,
  DialogueListQuery,
  DialogueSession,
  getDialogue,
  getDialogueIssue,
  listDialogueConclusions,
  listDialogues,
  recordConclusionProgress,
  UpdateDialogue,
  UpdateDialogueIssue,
  updateDialogue,
  updateDialogueIssue,
} from "@kycuong/domain/dialogues";
import {
  IdParam,
  jsonBody,
  jsonResponse,
  PageParams,
  pageOf,
  SlugParam,
  TenantItemParams,
  TenantParams,
} from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Dialogues";
const IssueParams = z.object({
  slug: SlugParam,
  id: IdParam,
  issueId: z.uuid().openapi({ param: { name: "issueId", in: "path" } }),
});
const unitHeadScope =
  "A unit head sees the sessions hosted in their unit's subtree and those with a conclusion assigned to it, " +
  "each with all its issues.";

const list = staffRoute({
  operationId: "listDialogueSessions",
  method: "get",
  path: "/",
  tag,
  summary: "List dialogue sessions, latest held first",
  description:
    "Filters: `from`/`to` (local dates, inclusive, on the session date), `hostUnitId` (that unit and every unit " +
    `under it), \`level\`. ${unitHeadScope}`,
  permission: "discipline:read",
  request: { params: TenantParams, query: PageParams.extend(DialogueListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(DialogueSession, "DialogueSessionPage"), "A page of sessions"),
    400: problemContent("Bad query, or `to` before `from` (`invalid_period`)"),
  },
});

const create = staffRoute({
  operationId: "createDialogueSession",
  method: "post",
  path: "/",
  tag,
  summary: "Record a dialogue session (đối thoại)",
  description: "`heldOn` is the local date of the session and cannot be in the future; issues are added afterwards.",
  permission: "discipline:manage",
  request: { params: TenantParams, body: jsonBody(CreateDialogue) },
  responses: {
    201: jsonResponse(DialogueDetail, "Recorded"),
    400: problemContent("Invalid session, a future date (`date_in_future`), or an unknown unit or official"),
  },
});

const get = staffRoute({
  operationId: "getDialogueSession",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One session with all its issues and conclusions",
  description: unitHeadScope,
  permission: "discipline:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(DialogueDetail, "The session") },
});

const update = staffRoute({
  operationId: "updateDialogueSession",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Change a session",
  description: "The date can change only while the session has no issues: conclusion deadlines count from it.",
  permission: "discipline:manage",
  request: { params: TenantItemParams, body: jsonBody(UpdateDialogue) },
  responses: {
    200: jsonResponse(DialogueDetail, "Updated"),
    400: problemContent("Invalid change"),
    409: problemContent("The date is fixed by recorded issues (`dialogue_date_locked`), or `dialogue_changed`"),
  },
});

const addIssue = staffRoute({
  operationId: "addDialogueIssue",
  method: "post",
  path: `/{id}/issues`,
  tag,
  summary: "Add an issue raised at the session, with the chair's conclusion and its outcome",
  description:
    "`outcome`: `resolved_on_the_spot`; `assigned` with `assignedUnitId` (and `conclusion`), due on the session " +
    "date + the tenant's `dialogueConclusionDeadlineMonths` calendar months (clamped to the month's last day: " +
    "31 Aug + 2 = 31 Oct, 31 Dec + 2 = 28/29 Feb) at the end of that local day, or on an explicit `dueOn` never " +
    "before the session; `not_in_scope` with `notInScopeReason`. `raisedBy` empty or null = anonymous.",
  permission: "discipline:manage",
  request: { params: TenantItemParams, body: jsonBody(CreateDialogueIssue) },
  responses: {
    201: jsonResponse(DialogueIssue, "Added"),
    400: problemContent("Invalid issue, `dueOn` before the session (`date_before_session`), or an unknown unit"),
    409: problemContent("The session's date changed meanwhile (`dialogue_changed`)"),
  },
});

const getIssue = staffRoute({
  operationId: "getDialogueIssue",
  method: "get",
  path: `/{id}/issues/{issueId}`,
  tag,
  summary: "One issue of a session",
  permission: "discipline:read",
  request: { params: IssueParams },
  responses: { 200: jsonResponse(DialogueIssue, "The issue") },
});

const updateIssue = staffRoute({
  operationId: "updateDialogueIssue",
  method: "patch",
  path: `/{id}/issues/{issueId}`,
  tag,
  summary: "Correct an issue",
  description:
    "Text fields change at any time. To change the outcome send `outcome` with the fields it needs (the block is " +
    "replaced; an omitted `dueOn` means the computed deadline); refused once progress is recorded.",
  permission: "discipline:manage",
  request: { params: IssueParams, body: jsonBody(UpdateDialogueIssue) },
  responses: {
    200: jsonResponse(DialogueIssue, "Updated"),
    400: problemContent("Invalid change"),
    409: problemContent("Progress already recorded (`dialogue_issue_locked`), or `dialogue_issue_changed`"),
  },
});

const progress = staffRoute({
  operationId: "recordConclusionProgress",
  method: "post",
  path: `/{id}/issues/{issueId}/progress`,
  tag,
  summary: "Record progress on an assigned conclusion: assigned → in_progress → resolved",
  description:
    "`{to: in_progress}`, then `{to: resolved, resolutionResult, resolvedOn}` with `resolvedOn` a local date not " +
    "after today and not before the session. A resolution counts at the end of `resolvedOn` (or now, if that is " +
    "today), so it is within the deadline when `resolvedOn` ≤ `dueOn`. A unit head may record progress only on " +
    "conclusions assigned to their unit's subtree.",
  permission: "discipline:progress",
  request: { params: IssueParams, body: jsonBody(ConclusionProgress) },
  responses: {
    200: jsonResponse(DialogueIssue, "The conclusion after the move"),
    400: problemContent("Missing fields, or `resolvedOn` in the future or before the session"),
    409: problemContent(
      "Not allowed from the current status (`illegal_conclusion_transition`), or `dialogue_issue_changed`",
    ),
  },
});

const conclusions = staffRoute({
  operationId: "listDialogueConclusions",
  method: "get",
  path: "/",
  tag,
  summary: "Assigned conclusions across sessions, nearest deadline first",
  description:
    "Filters: `status` (repeat for several), `unitId` (the assigned unit exactly), `overdue=true|false` (overdue = " +
    "not resolved and now past `dueAt`), `sessionId`. A unit head sees only conclusions assigned to their subtree.",
  permission: "discipline:read",
  request: { params: TenantParams, query: PageParams.extend(ConclusionListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(DialogueConclusion, "DialogueConclusionPage"), "A page of conclusions"),
    400: problemContent("Bad query"),
  },
});

export const dialogueRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listDialogues(tenantContext(c), c.req.valid("query")), 200))
  .openapi(create, async (c) => c.json(await createDialogue(tenantContext(c), c.req.valid("json")), 201))
  .openapi(get, async (c) => c.json(await getDialogue(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(update, async (c) =>
    c.json(await updateDialogue(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(addIssue, async (c) =>
    c.json(await addDialogueIssue(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(getIssue, async (c) => {
    const { id, issueId } = c.req.valid("param");
    return c.json(await getDialogueIssue(tenantContext(c), id, issueId), 200);
  })
  .openapi(updateIssue, async (c) => {
    const { id, issueId } = c.req.valid("param");
    return c.json(await updateDialogueIssue(tenantContext(c), id, issueId, c.req.valid("json")), 200);
  })
  .openapi(progress, async (c) => {
    const { id, issueId } = c.req.valid("param");
    return c.json(await recordConclusionProgress(tenantContext(c), id, issueId, c.req.valid("json")), 200);
  });

export const dialogueConclusionRoutes = createRouter().openapi(conclusions, async (c) =>
  c.json(await listDialogueConclusions(tenantContext(c), c.req.valid("query")), 200),
);
