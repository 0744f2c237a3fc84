import { unitKinds } from "@kycuong/db";
import { z } from "zod";

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, "Mã gồm chữ, số, . _ - (tối đa 40) · Letters, digits, . _ - (at most 40)");

export const CreateUnit = z.strictObject({
  parentId: z.uuid().nullable().default(null),
  kind: z.enum(unitKinds),
  name: z.string().trim().min(2).max(200),
  code,
  headOfficialId: z.uuid().nullable().default(null),
  headEmail: z.email().max(254).nullable().default(null),
});
export type CreateUnit = z.infer<typeof CreateUnit>;

export const UpdateUnit = z
  .strictObject({
    parentId: z.uuid().nullable(),
    kind: z.enum(unitKinds),
    name: z.string().trim().min(2).max(200),
    code,
    headOfficialId: z.uuid().nullable(),
    headEmail: z.email().max(254).nullable(),
    active: z.boolean(),
  })
  .partial();
export type UpdateUnit = z.infer<typeof UpdateUnit>;

export const UnitListQuery = z.object({
  parentId: z.uuid().optional(),
  kind: z.enum(unitKinds).optional(),
  active: z.enum(["true", "false"]).optional(),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
