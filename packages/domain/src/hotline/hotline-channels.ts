import { hotlineChannels, inTenant } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { assertUnitExists } from "../units/references";
import {
  type CreateHotlineChannel,
  channelValueProblem,
  type HotlineChannelListQuery,
  normalizeChannelValue,
  type UpdateHotlineChannel,
} from "./hotline-channel-input";
import { type HotlineChannel, type HotlineChannelRow, toHotlineChannel } from "./hotline-channel-view";

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

export async function loadHotlineChannelRow(ctx: TenantContext, id: string): Promise<HotlineChannelRow> {
  const [row] = await ctx.db
    .select()
    .from(hotlineChannels)
    .where(inTenant(hotlineChannels, ctx.tenant.id, eq(hotlineChannels.id, id)))
    .limit(1);
  if (!row)
    throw new DomainError(
      "hotline_channel_not_found",
      "Không tìm thấy kênh đường dây nóng · Hotline channel not found",
    );
  return row;
}

export async function updateHotlineChannel(
  ctx: TenantContext,
  id: string,
  input: UpdateHotlineChannel,
  action = "hotline_channel.updated",
): Promise<HotlineChannel> {
  assertCan(ctx, "hotline:manage");
  const before = await loadHotlineChannelRow(ctx, id);
  if (input.unitId) await assertUnitExists(ctx, input.unitId, "body.unitId");
  const kind = input.kind ?? before.kind;
  const value = input.value ?? before.value;
  // A change of kind alone ("phone" → "email") must still leave a valid contact.
  if (input.kind !== undefined || input.value !== undefined) {
    const problem = channelValueProblem(kind, value);
    if (problem) {
      throw new DomainError("validation_failed", "Dữ liệu gửi lên không hợp lệ · The request did not pass validation", [
        { path: "body.value", message: problem },
      ]);
    }
  }
  const changes = {
    ...input,
    ...(input.value !== undefined || input.kind !== undefined ? { value: normalizeChannelValue(kind, value) } : {}),
    updatedAt: ctx.now.toISOString(),
  };
  const after: HotlineChannelRow = { ...before, ...changes };
  await ctx.db.batch([
    ctx.db
      .update(hotlineChannels)
      .set(changes)
      .where(inTenant(hotlineChannels, ctx.tenant.id, eq(hotlineChannels.id, id))),
    auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "hotline_channel", entityId: id, before, after }),
  ]);
  return toHotlineChannel(after);
}

/** Kept, not deleted: the audit log and old printed notices still name the number. */
export function deactivateHotlineChannel(ctx: TenantContext, id: string): Promise<HotlineChannel> {
  return updateHotlineChannel(ctx, id, { active: false }, "hotline_channel.deactivated");
}

/** The whole directory, inactive channels included: a district has a handful, so there is no paging. */
export async function listHotlineChannels(
  ctx: TenantContext,
  query: HotlineChannelListQuery,
): Promise<{ items: HotlineChannel[] }> {
  assertCan(ctx, "reports:read");
  const rows = await ctx.db
    .select()
    .from(hotlineChannels)
    .where(
      inTenant(
        hotlineChannels,
        ctx.tenant.id,
        query.active ? eq(hotlineChannels.active, query.active === "true") : undefined,
        query.unitId ? eq(hotlineChannels.unitId, query.unitId) : undefined,
      ),
    )
    .orderBy(asc(hotlineChannels.sortOrder), asc(hotlineChannels.id));
  return { items: rows.map(toHotlineChannel) };
}
