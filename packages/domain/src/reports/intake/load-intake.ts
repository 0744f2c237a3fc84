import { idempotencyKeys, reportCategories, tenants, units } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { calendarDataColumn, parseCalendarData } from "../../calendar/calendar-data";
import type { DomainContext, TenantRef } from "../../context";
import { DomainError } from "../../errors";
import { tenantNotFound } from "../../tenants/tenant-not-found";
import { parseTenantSettings } from "../../tenants/tenant-settings";

/** A tenant already resolved (staff routes), or only its slug (public intake: resolved by this one read). */
export type IntakeTenant = TenantRef | { slug: string };

export interface StoredAnswer {
  requestHash: string;
  responseBody: string;
  expiresAt: string;
}

export interface IntakeFacts {
  tenant: TenantRef;
  category: { code: string; nameVi: string; nameEn: string; deadlineWorkingDays: number; active: boolean } | null;
  unitFound: boolean;
  stored: StoredAnswer | null;
}

/**
 * Everything an intake must know before it writes, in ONE query: the tenant
 * (by id or slug), the category, whether the unit exists, and an earlier
 * answer under the same idempotency key. Each joined table is pinned to the
 * tenant in its join condition (the tenant row itself is chosen by the
 * WHERE), so another tenant's category, unit or key can never match.
 */
export async function loadIntake(
  ctx: DomainContext,
  target: IntakeTenant,
  wanted: { category: string; unitId: string | undefined; scope: string; key: string | undefined },
): Promise<IntakeFacts> {
  const [row] = await ctx.db
    .select({
      tenant: {
        id: tenants.id,
        slug: tenants.slug,
        name: tenants.name,
        timezone: tenants.timezone,
        settings: tenants.settings,
        status: tenants.status,
      },
      calendar: calendarDataColumn(tenants.id),
      category: {
        code: reportCategories.code,
        nameVi: reportCategories.nameVi,
        nameEn: reportCategories.nameEn,
        deadlineWorkingDays: reportCategories.deadlineWorkingDays,
        active: reportCategories.active,
      },
      unitId: units.id,
      stored: {
        requestHash: idempotencyKeys.requestHash,
        responseBody: idempotencyKeys.responseBody,
        expiresAt: idempotencyKeys.expiresAt,
      },
    })
    .from(tenants)
    .leftJoin(
      reportCategories,
      and(eq(reportCategories.tenantId, tenants.id), eq(reportCategories.code, wanted.category)),
    )
    .leftJoin(units, and(eq(units.tenantId, tenants.id), eq(units.id, wanted.unitId ?? "")))
    .leftJoin(
      idempotencyKeys,
      and(
        eq(idempotencyKeys.tenantId, tenants.id),
        eq(idempotencyKeys.scope, wanted.scope),
        eq(idempotencyKeys.key, wanted.key ?? ""),
      ),
    )
    .where("id" in target ? eq(tenants.id, target.id) : eq(tenants.slug, target.slug))
    .limit(1);
  if (!row) throw tenantNotFound();
  if (row.tenant.status === "suspended") {
    const slug = row.tenant.slug;
    throw new DomainError("tenant_suspended", `Đơn vị "${slug}" đang bị tạm ngưng · Tenant "${slug}" is suspended`);
  }
  const { status: _status, settings, ...tenant } = row.tenant;
  return {
    tenant: { ...tenant, settings: parseTenantSettings(settings), calendar: parseCalendarData(row.calendar) },
    category: row.category,
    unitFound: row.unitId !== null,
    stored: wanted.key ? row.stored : null,
  };
}
