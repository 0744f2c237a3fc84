import { unitKinds } from "@kycuong/db";
import { z } from "zod";
import { Id } from "../input/ids";
import { text } from "../input/text";

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, "Mã gồm chữ, số, . _ - (tối đa 40) · Letters, digits, . _ - (at most 40)");

export const CreateUnit = z.strictObject({
  parentId: Id.nullable().default(null),
  kind: z.enum(unitKinds),
  name: text({ min: 2, max: 200 }),
  code,
  headOfficialId: Id.nullable().default(null),
  headEmail: z.email().max(254).nullable().default(null),
});
export type CreateUnit = z.infer<typeof CreateUnit>;

export const UpdateUnit = z
  .strictObject({
    parentId: Id.nullable(),
    kind: z.enum(unitKinds),
    name: text({ min: 2, max: 200 }),
    code,
    headOfficialId: Id.nullable(),
    headEmail: z.email().max(254).nullable(),
    active: z.boolean(),
  })
  .partial();
export type UpdateUnit = z.infer<typeof UpdateUnit>;

export const UnitListQuery = z.object({
  parentId: Id.optional(),
  kind: z.enum(unitKinds).optional(),
  active: z.enum(["true", "false"]).optional(),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
