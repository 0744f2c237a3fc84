import {
  ChecklistResults,
  CompleteInspection,
  CreateInspection,
  cancelInspection,
  completeInspection,
  createInspection,
  getInspection,
  Inspection,
  InspectionDetail,
  InspectionListQuery,
  listInspections,
  recordChecklist,
  startInspection,
} from "@kycuong/domain/inspections";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Inspections";
const illegal = problemContent(
  "Not allowed from the current status (`illegal_inspection_transition`), or changed meanwhile (`inspection_changed`)",
);

const list = staffRoute({
  operationId: "listInspections",
  method: "get",
  path: "/",
  tag,
  summary: "List inspections, newest first",
  description:
    "Filters: `teamId`, `unitId` (a target unit exactly), `status`, `kind`, `from`/`to` (local dates of the start, " +
    "or of the schedule when not started). A unit head sees only inspections of their subtree that are planned or " +
    "have started: a surprise inspection stays hidden from the inspected unit until it starts.",
  permission: "inspections:read",
  request: { params: TenantParams, query: PageParams.extend(InspectionListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(Inspection, "InspectionPage"), "A page of inspections"),
    400: problemContent("Bad query"),
  },
});

const create = staffRoute({
  operationId: "createInspection",
  method: "post",
  path: "/",
  tag,
  summary: "Schedule a planned inspection, or record a surprise one (started now with `startNow: true`)",
  permission: "inspections:manage",
  request: { params: TenantParams, body: jsonBody(CreateInspection) },
  responses: {
    201: jsonResponse(InspectionDetail, "Created"),
    400: problemContent(
      "Invalid inspection (a planned one needs `scheduledAt`), or a team (inactive or not this tenant's), unit or " +
        "template that does not fit (`invalid_reference`)",
    ),
  },
});

const get = staffRoute({
  operationId: "getInspection",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One inspection with its targets and checklist",
  permission: "inspections:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(InspectionDetail, "The inspection") },
});

const start = staffRoute({
  operationId: "startInspection",
  method: "post",
  path: `/{id}/start`,
  tag,
  summary: "Start a scheduled inspection (`startedAt` = now)",
  permission: "inspections:manage",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(InspectionDetail, "In progress"), 409: illegal },
});

const complete = staffRoute({
  operationId: "completeInspection",
  method: "post",
  path: `/{id}/complete`,
  tag,
  summary: "Complete an inspection in progress (`endedAt` = now) with its findings",
  permission: "inspections:manage",
  request: { params: TenantItemParams, body: jsonBody(CompleteInspection) },
  responses: { 200: jsonResponse(InspectionDetail, "Completed"), 400: problemContent("No findings"), 409: illegal },
});

const cancel = staffRoute({
  operationId: "cancelInspection",
  method: "post",
  path: `/{id}/cancel`,
  tag,
  summary: "Cancel a scheduled inspection or one in progress",
  permission: "inspections:manage",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(InspectionDetail, "Cancelled"), 409: illegal },
});

const checklist = staffRoute({
  operationId: "recordChecklistResults",
  method: "put",
  path: `/{id}/checklist`,
  tag,
  summary: "Record the checklist results (replaces them); only while in progress",
  permission: "inspections:manage",
  request: { params: TenantItemParams, body: jsonBody(ChecklistResults) },
  responses: {
    200: jsonResponse(InspectionDetail, "Recorded"),
    400: problemContent("A code not in the inspection's template (`unknown_checklist_item`) or a duplicate"),
    409: problemContent("Not in progress (`inspection_not_in_progress`), or changed meanwhile (`inspection_changed`)"),
  },
});

export const inspectionRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listInspections(tenantContext(c), c.req.valid("query")), 200))
  .openapi(create, async (c) => c.json(await createInspection(tenantContext(c), c.req.valid("json")), 201))
  .openapi(get, async (c) => c.json(await getInspection(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(start, async (c) => c.json(await startInspection(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(complete, async (c) =>
    c.json(await completeInspection(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(cancel, async (c) => c.json(await cancelInspection(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(checklist, async (c) =>
    c.json(await recordChecklist(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
