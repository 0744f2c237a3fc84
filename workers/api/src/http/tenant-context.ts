import type { TenantContext } from "@kycuong/domain/context";
import type { Context } from "hono";
import { recordSeal } from "../auth/seal-keys";
import type { AppEnv } from "./app-env";

/**
 * The domain context of a `/v1/tenants/{slug}/…` route (after `tenantAccess`)
 * or of a console page (after `consoleSession`, whose load already read the
 * user's unit subtree).
 */
export function tenantContext(c: Context<AppEnv>): TenantContext {
  const ctx: TenantContext = {
    db: c.var.db,
    now: new Date(),
    actor: c.var.actor,
    requestId: c.var.requestId,
    tenant: c.var.tenant,
    seal: () => recordSeal(c.var.config),
  };
  const session = c.get("consoleSession");
  return session ? { ...ctx, unitSubtree: session.unitSubtree } : ctx;
}
