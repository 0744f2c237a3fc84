import { tenants } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { getTenantBySlug } from "./list-tenants";
import type { TenantAdminView } from "./tenant-view";

/**
 * Suspends or reactivates a tenant. Its data stays; while suspended its staff
 * routes and public hotline answer 403 `tenant_suspended`. Idempotent.
 */
export async function setTenantStatus(
  ctx: DomainContext,
  slug: string,
  status: "active" | "suspended",
): Promise<TenantAdminView> {
  assertCan(ctx, "platform:tenants");
  const before = await getTenantBySlug(ctx, slug);
  if (before.status === status) return before;
  const updatedAt = ctx.now.toISOString();
  await ctx.db.batch([
    ctx.db.update(tenants).set({ status, updatedAt }).where(eq(tenants.id, before.id)),
    auditEntry(ctx, {
      tenantId: before.id,
      action: status === "suspended" ? "tenant.suspended" : "tenant.reactivated",
      entityType: "tenant",
      entityId: before.id,
      before: { status: before.status },
      after: { status },
    }),
  ]);
  return { ...before, status, updatedAt };
}
