import type { TenantContext } from "@kycuong/domain/context";
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env";
import { tenantContext } from "../http/tenant-context";
import type { AreaPageProps } from "../pages/console/area-parts";
import { consoleLang } from "./console-lang";
import { consoleUser } from "./console-page";

/** An area page's domain context and what its page needs besides the data: one clock for both. */
export function areaContext(c: Context<AppEnv>): { ctx: TenantContext; props: AreaPageProps } {
  const ctx = tenantContext(c);
  return { ctx, props: { lang: consoleLang(c), tenant: c.var.tenant, user: consoleUser(c), now: ctx.now } };
}
