import type { TenantContext } from "../context";
import type { HotlineChannel } from "./hotline-channel-view";
import { updateHotlineChannel } from "./update-hotline-channel";

/** Kept, not deleted: the audit log and old printed notices still name the number. */
export function deactivateHotlineChannel(ctx: TenantContext, id: string): Promise<HotlineChannel> {
  return updateHotlineChannel(ctx, id, { active: false }, "hotline_channel.deactivated");
}
