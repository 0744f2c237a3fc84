import { type Db, tenants } from "@kycuong/db";
import { newId } from "../ids";
import { TenantSettings } from "../tenants/tenant-settings";
import { demoTenants } from "./demo-tenants";

export interface SeedSummary {
  tenantsCreated: number;
}

/**
 * Loads the demo districts for local development. Idempotent: rows are keyed
 * by their natural keys (a tenant's slug), so a second run inserts nothing and
 * never overwrites what a developer changed through the API.
 */
export async function seedDemoData(db: Db, now: Date): Promise<SeedSummary> {
  const at = now.toISOString();
  const inserted = await db
    .insert(tenants)
    .values(
      demoTenants.map((tenant) => ({
        ...tenant,
        id: newId(now),
        settings: TenantSettings.parse({}),
        createdAt: at,
        updatedAt: at,
      })),
    )
    .onConflictDoNothing({ target: tenants.slug })
    .returning({ id: tenants.id });
  return { tenantsCreated: inserted.length };
}
