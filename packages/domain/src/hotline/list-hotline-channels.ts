import { hotlineChannels, inTenant } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { HotlineChannelListQuery } from "./hotline-channel-input";
import { type HotlineChannel, toHotlineChannel } from "./hotline-channel-view";

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
