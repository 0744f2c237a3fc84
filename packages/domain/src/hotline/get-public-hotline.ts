import { hotlineChannels, hotlinePlacements, inTenant, units } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DomainContext } from "../context";
import { resolveTenant } from "../tenants/resolve-tenant";
import { channelKinds } from "./hotline-channel-input";
import type { HotlineChannelRow } from "./hotline-channel-view";

/** A channel as the public sees it: no ids, no audit stamps, nothing inactive. */
export const PublicHotlineChannel = z.object({
  kind: z.enum(channelKinds),
  value: z.string(),
  label: z.string(),
  hours: z.string().nullable(),
  /** Where the channel is posted, so a page can show "on the district portal", "at every commune office" … */
  postedAt: z.array(z.enum(hotlinePlacements)),
});
export type PublicHotlineChannel = z.infer<typeof PublicHotlineChannel>;

const UnitName = z.object({ id: z.string(), name: z.string() });

export const PublicHotline = z.object({
  tenant: z.object({ slug: z.string(), name: z.string() }),
  /** The district's own hotline numbers and mailboxes. */
  channels: z.array(PublicHotlineChannel),
  /** Contacts of single units (a commune office), for citizens who want to call the unit itself. */
  unitContacts: z.array(z.object({ unit: UnitName, channels: z.array(PublicHotlineChannel) })),
  /** Active units, for the report form's "unit concerned" picker. */
  units: z.array(UnitName),
});
export type PublicHotline = z.infer<typeof PublicHotline>;

// Vietnamese order (Bình Chánh before Bình Thanh Đông before Châu Ổ), which byte order gets wrong.
const byName = new Intl.Collator("vi");

/** The hotline directory of an active tenant, for anyone, without a login. */
export async function getPublicHotline(ctx: DomainContext, slug: string): Promise<PublicHotline> {
  const tenant = await resolveTenant(ctx, slug);
  const [channelRows, unitRows] = await ctx.db.batch([
    ctx.db
      .select()
      .from(hotlineChannels)
      .where(inTenant(hotlineChannels, tenant.id, eq(hotlineChannels.active, true)))
      .orderBy(asc(hotlineChannels.sortOrder), asc(hotlineChannels.id)),
    ctx.db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inTenant(units, tenant.id, eq(units.active, true))),
  ]);
  const activeUnits = [...unitRows].sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));

  const byUnit = new Map<string, PublicHotlineChannel[]>();
  for (const row of channelRows) {
    if (!row.unitId) continue;
    byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), toPublicChannel(row)]);
  }
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    channels: channelRows.filter((row) => !row.unitId).map(toPublicChannel),
    // A deactivated unit's contacts disappear with it.
    unitContacts: activeUnits.flatMap((unit) => {
      const channels = byUnit.get(unit.id);
      return channels ? [{ unit, channels }] : [];
    }),
    units: activeUnits,
  };
}

function toPublicChannel(row: HotlineChannelRow): PublicHotlineChannel {
  return { kind: row.kind, value: row.value, label: row.label, hours: row.hours, postedAt: row.postedAt };
}
