import { isUniqueViolation, type TenantRow, tenants, type UserRow, users } from "@kycuong/db";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import { type LinkBase, passwordLinkStatements } from "../auth/password-links";
import { calendarDataColumn, parseCalendarData } from "../calendar/calendar-data";
import type { DomainContext, TenantContext, TenantRef } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { Slug } from "../input/ids";
import { text } from "../input/text";
import { parseTenantSettings, TenantSettings } from "../tenants/tenant-settings";
import { normalizeEmail } from "../users/user-rules";
import { type TenantAdminView, toTenantAdminView } from "./tenant-view";

export const CreateTenant = z.strictObject({
  slug: Slug,
  name: text({ min: 2, max: 200 }),
  level: z.enum(["province", "district", "commune"]),
  province: text({ min: 2, max: 100 }),
  timezone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "Múi giờ không hợp lệ · Unknown time zone")
    .default("Asia/Ho_Chi_Minh"),
  settings: TenantSettings.default(TenantSettings.parse({})),
  /** Its first tenant admin, emailed a "set your password" link: no password is ever sent or chosen for them. */
  admin: z
    .strictObject({
      email: z.email().max(254),
      fullName: text({ min: 2, max: 200 }),
    })
    .optional(),
});
export type CreateTenant = z.infer<typeof CreateTenant>;

/**
 * A new local government on the platform, with its settings (defaults
 * filled in) and, when `admin` is given, its first tenant admin: the
 * account (no password) and its "set your password" email in the outbox,
 * in the same batch as the tenant, so the district exists with its admin or
 * not at all. `base` is where the emailed link points.
 */
export async function createTenant(
  ctx: DomainContext,
  input: CreateTenant,
  base: LinkBase | undefined,
): Promise<TenantAdminView> {
  assertCan(ctx, "platform:tenants");
  const at = ctx.now.toISOString();
  const { admin, ...fields } = input;
  const row = { id: newId(ctx.now), ...fields, status: "active" as const, createdAt: at, updatedAt: at };
  try {
    await ctx.db.batch([
      ctx.db.insert(tenants).values(row),
      auditEntry(ctx, {
        tenantId: row.id,
        action: "tenant.created",
        entityType: "tenant",
        entityId: row.id,
        after: row,
      }),
      ...(admin ? await firstAdminStatements({ ...ctx, tenant: await tenantRef(ctx, row) }, admin, base) : []),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("tenant_slug_taken", `Mã "${input.slug}" đã được dùng · Slug "${input.slug}" is taken`, [
        { path: "body.slug", message: "Đã được dùng · Already taken" },
      ]);
    }
    throw error;
  }
  return toTenantAdminView(row);
}

/** The tenant about to be written, as its first admin's link email sees it: the national calendar, no days of its own yet. */
async function tenantRef(ctx: DomainContext, row: TenantRow): Promise<TenantRef> {
  const calendar = await ctx.db.get<{ calendar: string }>(
    sql`select ${calendarDataColumn(sql`${row.id}`)} as calendar`,
  );
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timezone: row.timezone,
    settings: parseTenantSettings(row.settings),
    calendar: parseCalendarData(calendar.calendar),
  };
}

/** The new tenant's first admin and their "set your password" email, for the tenant's own batch. */
async function firstAdminStatements(
  ctx: TenantContext,
  admin: NonNullable<CreateTenant["admin"]>,
  base: LinkBase | undefined,
) {
  if (!base) throw new Error("createTenant: an admin's password link needs the link base");
  const at = ctx.now.toISOString();
  const user: UserRow = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    email: normalizeEmail(admin.email),
    displayName: admin.fullName,
    officialId: null,
    unitId: null,
    roles: ["tenant_admin"],
    status: "active",
    passwordHash: null,
    lastLoginAt: null,
    createdAt: at,
    updatedAt: at,
  };
  return [
    ctx.db.insert(users).values(user),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      after: user,
    }),
    ...(await passwordLinkStatements(ctx, user, "set", base)),
  ];
}
