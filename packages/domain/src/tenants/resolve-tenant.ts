import { tenants } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { calendarDataColumn, parseCalendarData } from "../calendar/calendar-data";
import type { DomainContext, TenantRef } from "../context";
import { DomainError } from "../errors";
import { tenantNotFound } from "./tenant-not-found";
import { parseTenantSettings } from "./tenant-settings";

/**
 * The tenant named in a URL, or 404 `tenant_not_found`; a suspended tenant
 * answers 403 `tenant_suspended` on every staff and public route.
 */
export async function resolveTenant(ctx: DomainContext, slug: string): Promise<TenantRef> {
  const [row] = await ctx.db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      timezone: tenants.timezone,
      settings: tenants.settings,
      status: tenants.status,
      calendar: calendarDataColumn(tenants.id),
    })
    .from(tenants)
    .where(eq(tenants.slug, slug))
    .limit(1);
  if (!row) throw tenantNotFound();
  if (row.status === "suspended") {
    throw new DomainError("tenant_suspended", `Đơn vị "${slug}" đang bị tạm ngưng · Tenant "${slug}" is suspended`);
  }
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timezone: row.timezone,
    settings: parseTenantSettings(row.settings),
    calendar: parseCalendarData(row.calendar),
  };
}
