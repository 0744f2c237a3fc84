import { hotlineChannels } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../ids";
import { assertUnitExists } from "../units/references";
import { type CreateHotlineChannel, normalizeChannelValue } from "./hotline-channel-input";
import { type HotlineChannel, toHotlineChannel } from "./hotline-channel-view";

export async function createHotlineChannel(ctx: TenantContext, input: CreateHotlineChannel): Promise<HotlineChannel> {
  assertCan(ctx, "hotline:manage");
  if (input.unitId) await assertUnitExists(ctx, input.unitId, "body.unitId");
  const at = ctx.now.toISOString();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    ...input,
    value: normalizeChannelValue(input.kind, input.value),
    active: true,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.batch([
    ctx.db.insert(hotlineChannels).values(row),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "hotline_channel.created",
      entityType: "hotline_channel",
      entityId: row.id,
      after: row,
    }),
  ]);
  return toHotlineChannel(row);
}
