import {
  CreateUnit,
  createUnit,
  deactivateUnit,
  getUnit,
  listUnits,
  Unit,
  UnitListQuery,
  UpdateUnit,
  updateUnit,
} from "@kycuong/domain/units";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are: they are built before @hono/zod-openapi
// extends zod, so they have no `.openapi()`; the generator inlines them.
const UnitSchema = Unit;
const tag = "Organisation";

const list = staffRoute({
  operationId: "listUnits",
  method: "get",
  path: "/",
  tag,
  summary: "List units (a unit head sees only their unit's subtree)",
  permission: "organisation:read",
  request: { params: TenantParams, query: PageParams.extend(UnitListQuery.shape) },
  responses: { 200: jsonResponse(pageOf(UnitSchema, "UnitPage"), "A page of units"), 400: problemContent("Bad query") },
});

const get = staffRoute({
  operationId: "getUnit",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One unit",
  permission: "organisation:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(UnitSchema, "The unit") },
});

const create = staffRoute({
  operationId: "createUnit",
  method: "post",
  path: "/",
  tag,
  summary: "Create a unit",
  permission: "organisation:write",
  request: { params: TenantParams, body: jsonBody(CreateUnit) },
  responses: {
    201: jsonResponse(UnitSchema, "Created"),
    400: problemContent("Invalid unit"),
    409: problemContent("The code is taken (`unit_code_taken`)"),
  },
});

const update = staffRoute({
  operationId: "updateUnit",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Change a unit",
  permission: "organisation:write",
  request: { params: TenantItemParams, body: jsonBody(UpdateUnit) },
  responses: {
    200: jsonResponse(UnitSchema, "Updated"),
    400: problemContent("Invalid change"),
    409: problemContent("The code is taken"),
  },
});

const deactivate = staffRoute({
  operationId: "deactivateUnit",
  method: "post",
  path: `/{id}/deactivate`,
  tag,
  summary: "Deactivate a unit (units are never deleted)",
  permission: "organisation:write",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(UnitSchema, "Deactivated") },
});

export const unitRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listUnits(tenantContext(c), c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getUnit(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(create, async (c) => c.json(await createUnit(tenantContext(c), c.req.valid("json")), 201))
  .openapi(update, async (c) =>
    c.json(await updateUnit(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(deactivate, async (c) => c.json(await deactivateUnit(tenantContext(c), c.req.valid("param").id), 200));
