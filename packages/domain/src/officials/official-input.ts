import { officialKinds } from "@kycuong/db";
import { z } from "zod";
import { Id } from "../input/ids";
import { text } from "../input/text";
import { officialStatuses } from "./official-view";

/**
 * One rule per field, shared by the JSON API and the CSV import so both
 * accept exactly the same values. Text is NFC-normalised: the same
 * Vietnamese name typed on two keyboards (precomposed "ễ" or "e" plus two
 * combining marks) is then stored, compared and searched as one string.
 */
export const officialFields = {
  employeeCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._/-]{1,40}$/, "Mã gồm chữ, số, . _ / - (tối đa 40) · Letters, digits, . _ / - (at most 40)"),
  fullName: text({ min: 2, max: 200 }),
  kind: z.enum(officialKinds, {
    error: "Phải là cadre, civil_servant hoặc public_employee · Must be cadre, civil_servant or public_employee",
  }),
  position: text({ min: 1, max: 200 }),
  email: z
    .email({ error: "Email không hợp lệ · Invalid email" })
    .max(254, "Tối đa 254 ký tự · At most 254 characters")
    // Stored lower-cased so the unique index and import matching ignore case.
    .toLowerCase(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .()-]{5,19}$/, "Số điện thoại không hợp lệ · Invalid phone number"),
  partyMember: z.boolean(),
  /** Holds a leadership or management post: which disciplinary forms apply (not read from `position`). */
  holdsLeadershipPost: z.boolean(),
  status: z.enum(officialStatuses, { error: "Phải là active hoặc left · Must be active or left" }),
  unitId: Id,
};

export const CreateOfficial = z.strictObject({
  unitId: officialFields.unitId,
  employeeCode: officialFields.employeeCode.nullable().default(null),
  fullName: officialFields.fullName,
  kind: officialFields.kind,
  position: officialFields.position.nullable().default(null),
  email: officialFields.email.nullable().default(null),
  phone: officialFields.phone.nullable().default(null),
  partyMember: officialFields.partyMember.default(false),
  holdsLeadershipPost: officialFields.holdsLeadershipPost.default(false),
});
export type CreateOfficial = z.infer<typeof CreateOfficial>;

export const UpdateOfficial = z
  .strictObject({
    unitId: officialFields.unitId,
    employeeCode: officialFields.employeeCode.nullable(),
    fullName: officialFields.fullName,
    kind: officialFields.kind,
    position: officialFields.position.nullable(),
    email: officialFields.email.nullable(),
    phone: officialFields.phone.nullable(),
    partyMember: officialFields.partyMember,
    holdsLeadershipPost: officialFields.holdsLeadershipPost,
    status: officialFields.status,
  })
  .partial();
export type UpdateOfficial = z.infer<typeof UpdateOfficial>;

export const OfficialListQuery = z.object({
  unitId: Id.optional(),
  kind: z.enum(officialKinds).optional(),
  status: z.enum(officialStatuses).optional(),
  /** Part of a full name, matched as typed (SQLite folds case for ASCII letters only). */
  q: text({ min: 1, max: 100 }).optional(),
});
export type OfficialListQuery = z.infer<typeof OfficialListQuery>;
