import { z } from "@hono/zod-openapi";
import {
  CreateHotlineChannel,
  CreateReportCategory,
  createHotlineChannel,
  createReportCategory,
  deactivateHotlineChannel,
  deactivateReportCategory,
  HotlineChannel,
  HotlineChannelListQuery,
  listHotlineChannels,
  listReportCategories,
  ReportCategory,
  ReportCategoryListQuery,
  UpdateHotlineChannel,
  UpdateReportCategory,
  updateHotlineChannel,
  updateReportCategory,
} from "@kycuong/domain/hotline";
import { jsonBody, jsonResponse, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Hotline directory";

const ChannelList = z.object({ items: z.array(HotlineChannel) }).openapi("HotlineChannelList");
const CategoryList = z.object({ items: z.array(ReportCategory) }).openapi("ReportCategoryList");

const listChannels = staffRoute({
  operationId: "listHotlineChannels",
  method: "get",
  path: "/",
  tag,
  summary: "List hotline channels (the district's and the units' own), inactive ones included",
  permission: "reports:read",
  request: { params: TenantParams, query: HotlineChannelListQuery },
  responses: { 200: jsonResponse(ChannelList, "The channels, in display order"), 400: problemContent("Bad query") },
});

const createChannel = staffRoute({
  operationId: "createHotlineChannel",
  method: "post",
  path: "/",
  tag,
  summary: "Publish a hotline phone number or email address",
  description:
    "`postedAt` says where it is posted (district portal, commune offices, public administration centre); `unitId` makes it a unit's own contact.",
  permission: "hotline:manage",
  request: { params: TenantParams, body: jsonBody(CreateHotlineChannel) },
  responses: {
    201: jsonResponse(HotlineChannel, "Created"),
    400: problemContent("Invalid channel (a malformed phone number or email, an unknown unit)"),
  },
});

const updateChannel = staffRoute({
  operationId: "updateHotlineChannel",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Change a hotline channel",
  permission: "hotline:manage",
  request: { params: TenantItemParams, body: jsonBody(UpdateHotlineChannel) },
  responses: { 200: jsonResponse(HotlineChannel, "Updated"), 400: problemContent("Invalid change") },
});

const deactivateChannel = staffRoute({
  operationId: "deactivateHotlineChannel",
  method: "post",
  path: `/{id}/deactivate`,
  tag,
  summary: "Withdraw a hotline channel from the public directory (it is kept)",
  permission: "hotline:manage",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(HotlineChannel, "Deactivated") },
});

const listCategories = staffRoute({
  operationId: "listReportCategories",
  method: "get",
  path: "/",
  tag,
  summary: "List report categories, inactive ones included",
  permission: "reports:read",
  request: { params: TenantParams, query: ReportCategoryListQuery },
  responses: { 200: jsonResponse(CategoryList, "The categories, in display order"), 400: problemContent("Bad query") },
});

const createCategory = staffRoute({
  operationId: "createReportCategory",
  method: "post",
  path: "/",
  tag,
  summary: "Create a report category with its deadline in working days",
  description: "`code` is stable: reports and district websites refer to it, so it cannot be changed later.",
  permission: "hotline:manage",
  request: { params: TenantParams, body: jsonBody(CreateReportCategory) },
  responses: {
    201: jsonResponse(ReportCategory, "Created"),
    400: problemContent("Invalid category"),
    409: problemContent("The code is taken (`category_code_taken`)"),
  },
});

const updateCategory = staffRoute({
  operationId: "updateReportCategory",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Rename a report category or change its deadline (not its code)",
  permission: "hotline:manage",
  request: { params: TenantItemParams, body: jsonBody(UpdateReportCategory) },
  responses: { 200: jsonResponse(ReportCategory, "Updated"), 400: problemContent("Invalid change") },
});

const deactivateCategory = staffRoute({
  operationId: "deactivateReportCategory",
  method: "post",
  path: `/{id}/deactivate`,
  tag,
  summary: "Stop offering a report category (it is kept for the reports that use it)",
  permission: "hotline:manage",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(ReportCategory, "Deactivated") },
});

export const hotlineChannelRoutes = createRouter()
  .openapi(listChannels, async (c) => c.json(await listHotlineChannels(tenantContext(c), c.req.valid("query")), 200))
  .openapi(createChannel, async (c) => c.json(await createHotlineChannel(tenantContext(c), c.req.valid("json")), 201))
  .openapi(updateChannel, async (c) =>
    c.json(await updateHotlineChannel(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(deactivateChannel, async (c) =>
    c.json(await deactivateHotlineChannel(tenantContext(c), c.req.valid("param").id), 200),
  );

export const reportCategoryRoutes = createRouter()
  .openapi(listCategories, async (c) => c.json(await listReportCategories(tenantContext(c), c.req.valid("query")), 200))
  .openapi(createCategory, async (c) => c.json(await createReportCategory(tenantContext(c), c.req.valid("json")), 201))
  .openapi(updateCategory, async (c) =>
    c.json(await updateReportCategory(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(deactivateCategory, async (c) =>
    c.json(await deactivateReportCategory(tenantContext(c), c.req.valid("param").id), 200),
  );
