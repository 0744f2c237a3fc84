import type { TenantContext } from "@kycuong/domain/context";
import type { Context } from "hono";
import type { AppEnv } from "./app-env";

/** The domain context of a `/v1/tenants/{slug}/…` route, after `tenantAccess` ran. */
export function tenantContext(c: Context<AppEnv>): TenantContext {
  return { db: c.var.db, now: new Date(), actor: c.var.actor, requestId: c.var.requestId, tenant: c.var.tenant };
}
