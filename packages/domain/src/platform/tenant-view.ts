import type { TenantRow } from "@kycuong/db";
import { z } from "zod";
import { parseTenantSettings, TenantSettings } from "../tenants/tenant-settings";

/** A tenant as the platform operator sees it: everything, settings parsed with defaults. */
export const TenantAdminView = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    level: z.enum(["province", "district", "commune"]),
    province: z.string(),
    timezone: z.string(),
    status: z.enum(["active", "suspended"]),
    settings: TenantSettings,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "TenantAdminView" });
export type TenantAdminView = z.infer<typeof TenantAdminView>;

export function toTenantAdminView(row: TenantRow): TenantAdminView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    level: row.level,
    province: row.province,
    timezone: row.timezone,
    status: row.status,
    settings: parseTenantSettings(row.settings),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
