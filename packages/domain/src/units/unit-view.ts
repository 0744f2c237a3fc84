import { type UnitRow, unitKinds } from "@kycuong/db";
import { z } from "zod";

export const Unit = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(unitKinds),
    name: z.string(),
    code: z.string(),
    headOfficialId: z.string().nullable(),
    headEmail: z.string().nullable(),
    /** False means this unit's overdue alerts have nobody to go to. */
    hasHeadEmail: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Unit" });
export type Unit = z.infer<typeof Unit>;

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind,
    name: row.name,
    code: row.code,
    headOfficialId: row.headOfficialId,
    headEmail: row.headEmail,
    hasHeadEmail: Boolean(row.headEmail),
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
