import { type OfficialRow, officialKinds } from "@kycuong/db";
import { z } from "zod";

export const officialStatuses = ["active", "left"] as const;
export type OfficialStatus = (typeof officialStatuses)[number];

export const Official = z
  .object({
    id: z.string(),
    unitId: z.string(),
    employeeCode: z.string().nullable(),
    fullName: z.string(),
    kind: z.enum(officialKinds),
    position: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    partyMember: z.boolean(),
    /** Holds a leadership or management post (for a cadre: a position or title approved or appointed to). */
    holdsLeadershipPost: z.boolean(),
    /** `left` people stay on record: reminders and violations still point at them. */
    status: z.enum(officialStatuses),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Official" });
export type Official = z.infer<typeof Official>;

export function toOfficial(row: OfficialRow): Official {
  return {
    id: row.id,
    unitId: row.unitId,
    employeeCode: row.employeeCode,
    fullName: row.fullName,
    kind: row.kind,
    position: row.position,
    email: row.email,
    phone: row.phone,
    partyMember: row.partyMember,
    holdsLeadershipPost: row.holdsLeadershipPost,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
