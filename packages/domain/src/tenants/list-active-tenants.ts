import { tenants } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import type { DomainContext } from "../context";

/** The tenants scheduled work runs for: suspended ones keep their data but get no jobs. */
export async function listActiveTenants(ctx: DomainContext): Promise<{ id: string; slug: string }[]> {
  return ctx.db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.status, "active"))
    .orderBy(asc(tenants.slug));
}
