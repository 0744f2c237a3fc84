import type { NewTenantRow } from "@kycuong/db";

/**
 * Two districts of Quảng Ngãi, so tenant isolation is visible in every demo.
 * Bình Sơn is the district of the 2017 article (shared/seed/).
 */
export const demoTenants: Omit<NewTenantRow, "id" | "createdAt" | "updatedAt" | "settings">[] = [
  { slug: "binh-son", name: "Huyện Bình Sơn", level: "district", province: "Quảng Ngãi" },
  { slug: "son-tinh", name: "Huyện Sơn Tịnh", level: "district", province: "Quảng Ngãi" },
];
