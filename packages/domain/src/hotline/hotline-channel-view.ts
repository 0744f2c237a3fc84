import { type hotlineChannels, hotlinePlacements } from "@kycuong/db";
import { z } from "zod";
import { channelKinds } from "./hotline-channel-input";

export const HotlineChannel = z
  .object({
    id: z.string(),
    unitId: z.string().nullable(),
    kind: z.enum(channelKinds),
    value: z.string(),
    label: z.string(),
    hours: z.string().nullable(),
    postedAt: z.array(z.enum(hotlinePlacements)),
    sortOrder: z.int(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "HotlineChannel" });
export type HotlineChannel = z.infer<typeof HotlineChannel>;
export type HotlineChannelRow = typeof hotlineChannels.$inferSelect;

export function toHotlineChannel(row: HotlineChannelRow): HotlineChannel {
  return {
    id: row.id,
    unitId: row.unitId,
    kind: row.kind,
    value: row.value,
    label: row.label,
    hours: row.hours,
    postedAt: row.postedAt,
    sortOrder: row.sortOrder,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
