import { type Db, type HotlinePlacement, hotlineChannels, reportCategories } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { eq } from "drizzle-orm";

/**
 * The hotline directory of the demo districts (R1). Phone numbers are
 * invented in Quảng Ngãi's 0255 area code and the mailboxes use `.example`,
 * so no real line or inbox ever receives a demo call.
 */
export interface DemoCategory {
  code: string;
  nameVi: string;
  nameEn: string;
  deadlineWorkingDays: number;
}

export interface DemoChannel {
  kind: "phone" | "email";
  value: string;
  label: string;
  hours: string | null;
  postedAt: HotlinePlacement[];
  /** A unit's code: the channel is that unit's own contact. */
  unit?: string;
}

const officeHours = "Thứ Hai – Thứ Sáu, 7:00–11:30 và 13:30–17:00 · Monday–Friday, 7:00–11:30 and 13:30–17:00";
const everywhere: HotlinePlacement[] = ["district_portal", "commune_offices", "public_admin_centre"];

/**
 * The six categories of the issue, for every demo district. Deadlines follow
 * DOMAIN.md: drinking on duty is urgent (1 working day, or the evidence is
 * gone), absence is checkable on the spot (3), conduct complaints need
 * hearing both sides (5), and "other" gets the general 10.
 */
export const demoCategories: DemoCategory[] = [
  { code: "attitude", nameVi: "Thái độ", nameEn: "Attitude", deadlineWorkingDays: 5 },
  {
    code: "harassment",
    nameVi: "Nhũng nhiễu, gây phiền hà",
    nameEn: "Harassment or bribe-seeking",
    deadlineWorkingDays: 5,
  },
  { code: "delay", nameVi: "Chậm trễ", nameEn: "Delay", deadlineWorkingDays: 5 },
  {
    code: "absence",
    nameVi: "Vắng mặt trong giờ làm việc",
    nameEn: "Absent during working hours",
    deadlineWorkingDays: 3,
  },
  {
    code: "alcohol",
    nameVi: "Uống rượu bia trong giờ làm việc",
    nameEn: "Alcohol during working hours",
    deadlineWorkingDays: 1,
  },
  { code: "other", nameVi: "Khác", nameEn: "Other", deadlineWorkingDays: 10 },
];

export const demoChannels: Record<string, DemoChannel[]> = {
  "binh-son": [
    {
      kind: "phone",
      value: "0255 3851 111",
      label: "Đường dây nóng UBND huyện Bình Sơn · Bình Sơn District People's Committee hotline",
      hours: officeHours,
      postedAt: everywhere,
    },
    {
      kind: "phone",
      value: "0255 3851 222",
      label: "Trung tâm Hành chính công huyện · District Public Administration Centre",
      hours: officeHours,
      postedAt: ["district_portal", "public_admin_centre"],
    },
    {
      kind: "email",
      value: "duongdaynong@binh-son.example",
      label: "Hộp thư đường dây nóng · Hotline mailbox",
      hours: null,
      postedAt: everywhere,
    },
    {
      kind: "phone",
      value: "0255 3862 333",
      label: "Bộ phận tiếp dân UBND xã Bình Thanh Đông · Bình Thanh Đông commune reception desk",
      hours: officeHours,
      postedAt: ["commune_offices"],
      unit: "BTD",
    },
  ],
  // One line for the second district too, so a demo shows each tenant its own directory.
  "son-tinh": [
    {
      kind: "phone",
      value: "0255 3845 444",
      label: "Đường dây nóng UBND huyện Sơn Tịnh · Sơn Tịnh District People's Committee hotline",
      hours: officeHours,
      postedAt: everywhere,
    },
  ],
};

/**
 * Inserts the demo categories and channels a tenant does not have yet, keyed
 * by (tenant, code) and (tenant, kind, value); returns how many it created.
 */
export async function seedDemoHotline(
  db: Db,
  tenant: { id: string; slug: string },
  now: Date,
  unitIdOf: (code: string) => Promise<string>,
): Promise<{ categoriesCreated: number; channelsCreated: number }> {
  const tenantId = tenant.id;
  const stamps = { createdAt: now.toISOString(), updatedAt: now.toISOString() };
  const categories = await db
    .insert(reportCategories)
    .values(
      demoCategories.map((category, index) => ({
        ...category,
        id: newId(now),
        tenantId,
        sortOrder: (index + 1) * 10,
        ...stamps,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: reportCategories.id });

  // Channels have no unique index (a unit may share the district's number), so look before inserting.
  const existing = await db
    .select({ kind: hotlineChannels.kind, value: hotlineChannels.value })
    .from(hotlineChannels)
    .where(eq(hotlineChannels.tenantId, tenantId));
  const known = new Set(existing.map((row) => `${row.kind} ${row.value}`));
  let channelsCreated = 0;
  for (const [index, channel] of (demoChannels[tenant.slug] ?? []).entries()) {
    if (known.has(`${channel.kind} ${channel.value}`)) continue;
    const { unit, ...fields } = channel;
    const unitId = unit ? await unitIdOf(unit) : null;
    await db
      .insert(hotlineChannels)
      .values({ ...fields, id: newId(now), tenantId, unitId, sortOrder: (index + 1) * 10, ...stamps });
    channelsCreated += 1;
  }
  return { categoriesCreated: categories.length, channelsCreated };
}
