import {
  CreateUser,
  createUser,
  deactivateUser,
  getUser,
  listUsers,
  sendPasswordLink,
  UpdateUser,
  User,
  UserListQuery,
  updateUser,
} from "@kycuong/domain/identity";
import { linkBase, sendSingleEmailsNow } from "../../console/send-now";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Staff accounts";

const list = staffRoute({
  operationId: "listUsers",
  method: "get",
  path: "/",
  tag,
  summary: "List the tenant's staff accounts",
  permission: "users:read",
  request: { params: TenantParams, query: PageParams.extend(UserListQuery.shape) },
  responses: { 200: jsonResponse(pageOf(User, "UserPage"), "A page of accounts"), 400: problemContent("Bad query") },
});

const get = staffRoute({
  operationId: "getUser",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One staff account",
  permission: "users:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(User, "The account") },
});

const create = staffRoute({
  operationId: "createUser",
  method: "post",
  path: "/",
  tag,
  summary: "Create a staff account",
  description:
    "The password needs at least 12 characters and must not be the email. Without a `password` the account " +
    'gets a "set your password" email (a single-use link to the console, valid 30 minutes) written in the same ' +
    "batch and sent at once. A unit head needs a `unitId`. `platform_admin` cannot be granted here.",
  permission: "users:write",
  request: { params: TenantParams, body: jsonBody(CreateUser) },
  responses: {
    201: jsonResponse(User, "Created"),
    400: problemContent("Invalid account (`validation_failed`, `invalid_reference`)"),
    409: problemContent("The email already has an account in this tenant (`user_email_taken`)"),
  },
});

const update = staffRoute({
  operationId: "updateUser",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Change a staff account (a new password ends its sessions)",
  permission: "users:write",
  request: { params: TenantItemParams, body: jsonBody(UpdateUser) },
  responses: {
    200: jsonResponse(User, "Updated"),
    400: problemContent("Invalid change (`validation_failed`, `invalid_reference`, `cannot_demote_self`)"),
    409: problemContent("The email is taken (`user_email_taken`)"),
  },
});

const deactivate = staffRoute({
  operationId: "deactivateUser",
  method: "post",
  path: `/{id}/deactivate`,
  tag,
  summary: "Disable a staff account and end its sessions (accounts are never deleted)",
  permission: "users:write",
  request: { params: TenantItemParams },
  responses: {
    200: jsonResponse(User, "Disabled"),
    400: problemContent("Your own account (`cannot_demote_self`)"),
  },
});

const passwordLink = staffRoute({
  operationId: "sendUserPasswordLink",
  method: "post",
  path: `/{id}/password-link`,
  tag,
  summary: 'Email the user a "set your password" link instead of choosing their password',
  description:
    "A single-use link to `/t/{slug}/reset-password`, valid 30 minutes, stored only as a hash; the email goes out " +
    "through the outbox at once. The user's current password keeps working until the link is used.",
  permission: "users:write",
  request: { params: TenantItemParams },
  responses: {
    202: { description: "The email is written to the outbox and being sent" },
    401: problemContent("The account is disabled (`user_disabled`)"),
  },
});

export const userRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listUsers(tenantContext(c), c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getUser(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(create, async (c) => {
    const input = c.req.valid("json");
    const user = await createUser(tenantContext(c), input, linkBase(c));
    if (input.password === undefined) sendSingleEmailsNow(c, c.var.tenant);
    return c.json(user, 201);
  })
  .openapi(update, async (c) =>
    c.json(await updateUser(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(deactivate, async (c) => c.json(await deactivateUser(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(passwordLink, async (c) => {
    await sendPasswordLink(tenantContext(c), c.req.valid("param").id, linkBase(c));
    sendSingleEmailsNow(c, c.var.tenant);
    return c.body(null, 202);
  });
