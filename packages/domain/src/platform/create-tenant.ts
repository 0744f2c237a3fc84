import { isUniqueViolation, tenants } from "@kycuong/db";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { Slug } from "../input/ids";
import { text } from "../input/text";
import { TenantSettings } from "../tenants/tenant-settings";
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
});
export type CreateTenant = z.infer<typeof CreateTenant>;

/** A new local government on the platform, with its settings (defaults filled in). */
export async function createTenant(ctx: DomainContext, input: CreateTenant): Promise<TenantAdminView> {
  assertCan(ctx, "platform:tenants");
  const at = ctx.now.toISOString();
  const row = { id: newId(ctx.now), ...input, status: "active" as const, createdAt: at, updatedAt: at };
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
