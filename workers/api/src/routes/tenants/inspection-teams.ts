import { z } from "@hono/zod-openapi";
import {
  ChecklistTemplate,
  CreateChecklistTemplate,
  CreateInspectionTeam,
  createChecklistTemplate,
  createInspectionTeam,
  getInspectionTeam,
  InspectionTeam,
  listChecklistTemplates,
  listInspectionTeams,
  UpdateInspectionTeam,
  updateInspectionTeam,
} from "@kycuong/domain/inspections";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Inspections";

const list = staffRoute({
  operationId: "listInspectionTeams",
  method: "get",
  path: "/",
  tag,
  summary: "List inspection teams (Đoàn / Tổ kiểm tra), newest first",
  permission: "inspections:read",
  request: { params: TenantParams, query: PageParams },
  responses: { 200: jsonResponse(pageOf(InspectionTeam, "InspectionTeamPage"), "A page of teams") },
});

const create = staffRoute({
  operationId: "createInspectionTeam",
  method: "post",
  path: "/",
  tag,
  summary: "Record an inspection team formed by a decision, with its leader and members",
  permission: "inspections:manage",
  request: { params: TenantParams, body: jsonBody(CreateInspectionTeam) },
  responses: {
    201: jsonResponse(InspectionTeam, "Created"),
    400: problemContent("Invalid team, `activeTo` before `activeFrom`, or an unknown official (`invalid_reference`)"),
  },
});

const get = staffRoute({
  operationId: "getInspectionTeam",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One inspection team with its members",
  permission: "inspections:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(InspectionTeam, "The team") },
});

const update = staffRoute({
  operationId: "updateInspectionTeam",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Correct a team or change its members (`memberOfficialIds` replaces them)",
  permission: "inspections:manage",
  request: { params: TenantItemParams, body: jsonBody(UpdateInspectionTeam) },
  responses: {
    200: jsonResponse(InspectionTeam, "Updated"),
    400: problemContent("Invalid change or an unknown official (`invalid_reference`)"),
    409: problemContent("Changed by someone else meanwhile (`inspection_team_changed`)"),
  },
});

const listTemplates = staffRoute({
  operationId: "listChecklistTemplates",
  method: "get",
  path: "/",
  tag,
  summary: "The tenant's checklist templates",
  permission: "inspections:read",
  request: { params: TenantParams },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ChecklistTemplate) }).openapi("ChecklistTemplateList"), "Templates"),
  },
});

const createTemplate = staffRoute({
  operationId: "createChecklistTemplate",
  method: "post",
  path: "/",
  tag,
  summary: "Create a checklist template: items `{ code, label }` with unique lowercase codes",
  permission: "inspections:manage",
  request: { params: TenantParams, body: jsonBody(CreateChecklistTemplate) },
  responses: { 201: jsonResponse(ChecklistTemplate, "Created"), 400: problemContent("Invalid or duplicate items") },
});

export const inspectionTeamRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listInspectionTeams(tenantContext(c), c.req.valid("query")), 200))
  .openapi(create, async (c) => c.json(await createInspectionTeam(tenantContext(c), c.req.valid("json")), 201))
  .openapi(get, async (c) => c.json(await getInspectionTeam(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(update, async (c) =>
    c.json(await updateInspectionTeam(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** Mounted at `checklist-templates`. */
export const checklistTemplateRoutes = createRouter()
  .openapi(listTemplates, async (c) => c.json(await listChecklistTemplates(tenantContext(c)), 200))
  .openapi(createTemplate, async (c) =>
    c.json(await createChecklistTemplate(tenantContext(c), c.req.valid("json")), 201),
  );
