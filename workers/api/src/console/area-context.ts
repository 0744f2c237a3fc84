import type { TenantContext } from "@kycuong/domain/context";
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env";
import { tenantContext } from "../http/tenant-context";
import type { AreaPageProps } from "../pages/console/area-parts";
import { consoleFrame } from "./console-page";

/** An area page's domain context and what its page needs besides the data: one clock for both. */
export function areaContext(c: Context<AppEnv>): { ctx: TenantContext; props: AreaPageProps } {
  const ctx = tenantContext(c);
  return { ctx, props: { frame: consoleFrame(c), tenant: c.var.tenant, now: ctx.now } };
}
