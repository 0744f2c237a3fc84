import { getTenantSettings, SettingsPatch, TenantSettings, updateTenantSettings } from "@kycuong/domain/tenants";
import { jsonBody, jsonResponse, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Settings";
const path = "/";

const get = staffRoute({
  operationId: "getSettings",
  method: "get",
  path,
  tag,
  summary: "The tenant's rules, every default applied",
  permission: "settings:read",
  request: { params: TenantParams },
  responses: { 200: jsonResponse(TenantSettings, "The settings") },
});

const patch = staffRoute({
  operationId: "updateSettings",
  method: "patch",
  path,
  tag,
  summary: "Change some of the tenant's rules",
  description:
    "Top-level keys replace their value; `reportDeadlineWorkingDays` (by category) replaces only the entries sent. The working calendar is not a setting: see `/calendar`. An invalid result changes nothing. Changing `identityProvider` also needs `settings:identity_provider` (platform admins only: 403 `forbidden` otherwise, and nothing of the update is written); its `jwksUrl` must be https on a public host.",
  permission: "settings:write",
  request: { params: TenantParams, body: jsonBody(SettingsPatch) },
  responses: {
    200: jsonResponse(TenantSettings, "The settings after the change"),
    400: problemContent("Invalid settings (`validation_failed`)"),
  },
});

export const settingsRoutes = createRouter()
  .openapi(get, (c) => c.json(getTenantSettings(tenantContext(c)), 200))
  .openapi(patch, async (c) => c.json(await updateTenantSettings(tenantContext(c), c.req.valid("json")), 200));
