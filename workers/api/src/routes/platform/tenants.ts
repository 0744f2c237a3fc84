import { z } from "@hono/zod-openapi";
import { DeletedTenant, DeleteTenant, deleteTenant } from "@kycuong/domain/tenant-data";
import {
  CreateTenant,
  createTenant,
  getTenantBySlug,
  listTenants,
  resolveTenant,
  setTenantStatus,
  TenantAdminView,
} from "@kycuong/domain/tenants";
import { linkBase, sendSingleEmailsNow } from "../../console/send-now";
import { jsonBody, jsonResponse, PageParams, pageOf, SlugParam } from "../../http/common-schemas";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";

const tag = "Platform";
const SlugParams = z.object({ slug: SlugParam });

const list = staffRoute({
  operationId: "listTenants",
  method: "get",
  path: "/",
  tag,
  summary: "List tenants",
  permission: "platform:tenants",
  request: { query: PageParams.extend({ status: z.enum(["active", "suspended"]).optional() }) },
  responses: { 200: jsonResponse(pageOf(TenantAdminView, "TenantPage"), "A page of tenants") },
});

const create = staffRoute({
  operationId: "createTenant",
  method: "post",
  path: "/",
  tag,
  summary: "Create a tenant (a local government) with its settings and, optionally, its first admin",
  description:
    "With `admin: {email, fullName}` the tenant's first tenant admin is created with it, without a password, and " +
    'emailed a "set your password" link (single use, valid 30 minutes, stored only as a hash) through the tenant\'s ' +
    "outbox, sent at once; the link's token also works with `POST /v1/auth/set-password`. The tenant, the account " +
    "and the email are written together or not at all.",
  permission: "platform:tenants",
  request: { body: jsonBody(CreateTenant) },
  responses: {
    201: jsonResponse(TenantAdminView, "Created"),
    400: problemContent("Invalid tenant"),
    409: problemContent("The slug is taken (`tenant_slug_taken`)"),
  },
});

const get = staffRoute({
  operationId: "getTenant",
  method: "get",
  path: `/{slug}`,
  tag,
  summary: "One tenant",
  permission: "platform:tenants",
  request: { params: SlugParams },
  responses: { 200: jsonResponse(TenantAdminView, "The tenant") },
});

const suspend = staffRoute({
  operationId: "suspendTenant",
  method: "post",
  path: `/{slug}/suspend`,
  tag,
  summary: "Suspend a tenant: its staff routes and hotline answer 403, its data stays",
  permission: "platform:tenants",
  request: { params: SlugParams },
  responses: { 200: jsonResponse(TenantAdminView, "Suspended") },
});

const reactivate = staffRoute({
  operationId: "reactivateTenant",
  method: "post",
  path: `/{slug}/reactivate`,
  tag,
  summary: "Reactivate a suspended tenant",
  permission: "platform:tenants",
  request: { params: SlugParams },
  responses: { 200: jsonResponse(TenantAdminView, "Active again") },
});

const remove = staffRoute({
  operationId: "deleteTenant",
  method: "delete",
  path: `/{slug}`,
  tag,
  summary: "Delete a suspended tenant for good: every row and stored file of it, nothing of anyone else",
  description:
    "The tenant must be suspended first (409 `tenant_not_suspended`) and the body must name it again " +
    '(`{"confirmSlug":"<slug>"}`, else 400 `tenant_deletion_unconfirmed`). Its rows go in one batch, its ' +
    "files before them; the platform audit keeps the slug and the counts. Deleting again answers 404.",
  permission: "platform:tenants",
  request: { params: SlugParams, body: jsonBody(DeleteTenant) },
  responses: {
    200: jsonResponse(DeletedTenant, "Deleted: what was removed"),
    400: problemContent("The confirmation does not match (`tenant_deletion_unconfirmed`), or a bad body"),
    409: problemContent("The tenant is not suspended (`tenant_not_suspended`)"),
  },
});

export const platformTenantRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listTenants(domainContext(c, c.var.actor), c.req.valid("query")), 200))
  .openapi(create, async (c) => {
    const input = c.req.valid("json");
    const tenant = await createTenant(domainContext(c, c.var.actor), input, input.admin ? linkBase(c) : undefined);
    // The first admin's link email goes now; the tenant as verbs see it (with its calendar) is read for it.
    if (input.admin) sendSingleEmailsNow(c, await resolveTenant(domainContext(c, c.var.actor), tenant.slug));
    return c.json(tenant, 201);
  })
  .openapi(get, async (c) =>
    c.json(await getTenantBySlug(domainContext(c, c.var.actor), c.req.valid("param").slug), 200),
  )
  .openapi(suspend, async (c) =>
    c.json(await setTenantStatus(domainContext(c, c.var.actor), c.req.valid("param").slug, "suspended"), 200),
  )
  .openapi(reactivate, async (c) =>
    c.json(await setTenantStatus(domainContext(c, c.var.actor), c.req.valid("param").slug, "active"), 200),
  )
  .openapi(remove, async (c) =>
    c.json(
      await deleteTenant(
        domainContext(c, c.var.actor),
        c.var.config.ATTACHMENTS,
        c.req.valid("param").slug,
        c.req.valid("json"),
      ),
      200,
    ),
  );
