import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { TenantSettings } from "../tenants/tenant-settings";

/** The tenant's rules with every default applied, as the rest of the domain sees them. */
export function getTenantSettings(ctx: TenantContext): TenantSettings {
  assertCan(ctx, "settings:read");
  return ctx.tenant.settings;
}
