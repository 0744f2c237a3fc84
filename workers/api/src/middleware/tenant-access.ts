import { resolveTenant, tenantNotFound } from "@kycuong/domain/tenants";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env";
import { actorOf, authenticateRequest } from "./authenticate";

/**
 * Guards `/v1/tenants/{slug}/…`: 401 without a valid token; 404
 * `tenant_not_found` when the tenant does not exist OR the caller belongs to
 * another one (the same answer, so tenants cannot be probed); 403
 * `tenant_suspended` for the caller's own suspended tenant.
 * Platform admins may enter any tenant.
 */
export function tenantAccess() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const slug = c.req.param("slug") ?? "";
    c.set("tenantSlug", slug);
    const { account } = await authenticateRequest(c, slug);
    const isPlatformAdmin = account.roles.includes("platform_admin") && account.tenantId === null;
    if (!isPlatformAdmin && account.tenantSlug !== slug) {
      throw tenantNotFound();
    }
    const tenant = await resolveTenant(
      { db: c.var.db, now: new Date(), actor: { type: "public" }, requestId: c.var.requestId },
      slug,
    );
    c.set("tenant", tenant);
    c.set("actor", actorOf(account));
    await next();
  });
}
