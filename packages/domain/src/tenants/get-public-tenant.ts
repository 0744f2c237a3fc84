import { tenants } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";

/** What anyone may know about a tenant: enough for a district's website to show its hotline. */
export interface PublicTenant {
  slug: string;
  name: string;
  level: "province" | "district" | "commune";
  province: string;
  timezone: string;
}

export async function getPublicTenant(ctx: DomainContext, slug: string): Promise<PublicTenant> {
  const [row] = await ctx.db
    .select({
      slug: tenants.slug,
      name: tenants.name,
      level: tenants.level,
      province: tenants.province,
      timezone: tenants.timezone,
      status: tenants.status,
    })
    .from(tenants)
    .where(eq(tenants.slug, slug))
    .limit(1);
  if (!row) throw new DomainError("tenant_not_found", `No tenant "${slug}".`);
  if (row.status === "suspended") throw new DomainError("tenant_suspended", `Tenant "${slug}" is suspended.`);
  const { status: _status, ...tenant } = row;
  return tenant;
}
