import { hotlinePlacements } from "@kycuong/db";
import { z } from "zod";
import { Id } from "../input/ids";
import { text } from "../input/text";

export const channelKinds = ["phone", "email"] as const;
export type ChannelKind = (typeof channelKinds)[number];

const email = z.email();

/**
 * Why `value` is not a `kind` contact, or null when it is. Phone numbers are
 * checked loosely: people write "0255.3851.111", "0255 3851 111" or
 * "+84 255 3851 111", and a stricter pattern would only refuse real numbers.
 */
export function channelValueProblem(kind: ChannelKind, value: string): string | null {
  if (kind === "email") {
    return value.length <= 254 && email.safeParse(value).success
      ? null
      : "Địa chỉ email không hợp lệ · Not a valid email address";
  }
  const digits = value.replace(/\D/g, "").length;
  return /^\+?\d[\d .-]*\d$/.test(value) && digits >= 8 && digits <= 15
    ? null
    : "Số điện thoại gồm 8–15 chữ số, có thể có +, dấu cách, dấu chấm · A phone number: 8–15 digits, optionally +, spaces, dots";
}

/** One spelling per contact, so the same number or mailbox is recognised when entered twice. */
export function normalizeChannelValue(kind: ChannelKind, value: string): string {
  const trimmed = value.trim().replace(/\s+/g, " ");
  return kind === "email" ? trimmed.toLowerCase() : trimmed;
}

const placements = z
  .array(z.enum(hotlinePlacements))
  .max(hotlinePlacements.length)
  // Stored in the enum's order, without repeats, so equal sets compare equal in the audit log.
  .transform((list) => hotlinePlacements.filter((placement) => list.includes(placement)));

const fields = {
  kind: z.enum(channelKinds),
  value: text({ min: 3, max: 254 }),
  label: text({ min: 2, max: 200 }),
  hours: text({ min: 1, max: 200 }).nullable(),
  postedAt: placements,
  /** Set: a unit's own contact (a commune office); null: the district's hotline. */
  unitId: Id.nullable(),
  sortOrder: z.int().min(0).max(10_000),
};

export const CreateHotlineChannel = z
  .strictObject({
    ...fields,
    hours: fields.hours.default(null),
    postedAt: placements.default([]),
    unitId: fields.unitId.default(null),
    sortOrder: fields.sortOrder.default(0),
  })
  .superRefine((input, check) => {
    const problem = channelValueProblem(input.kind, input.value);
    if (problem) check.addIssue({ code: "custom", path: ["value"], message: problem });
  });
export type CreateHotlineChannel = z.infer<typeof CreateHotlineChannel>;

/** Kind and value are checked together by the verb, against the stored row, since either may change alone. */
export const UpdateHotlineChannel = z.strictObject({ ...fields, active: z.boolean() }).partial();
export type UpdateHotlineChannel = z.infer<typeof UpdateHotlineChannel>;

export const HotlineChannelListQuery = z.object({
  active: z.enum(["true", "false"]).optional(),
  unitId: Id.optional(),
});
export type HotlineChannelListQuery = z.infer<typeof HotlineChannelListQuery>;
