import type { TenantContext } from "../context";
import type { Official } from "./official-view";
import { updateOfficial } from "./update-official";

/**
 * People who leave are never deleted: reminders, reports and violation
 * records keep pointing at them, so they are marked `left` instead.
 */
export function markOfficialLeft(ctx: TenantContext, id: string): Promise<Official> {
  return updateOfficial(ctx, id, { status: "left" }, "official.left");
}
