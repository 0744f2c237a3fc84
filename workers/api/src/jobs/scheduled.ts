import { createDb } from "@kycuong/db";
import { listActiveTenants } from "@kycuong/domain";
import { parseWorkerEnv, type RawEnv } from "../env";

export interface ScheduledSummary {
  job: "scheduled";
  cron: string;
  scheduledTime: string;
  activeTenants: number;
}

/**
 * The cron entry point. For now it only finds the tenants the overdue-alert
 * fan-out will serve and logs a summary line; it takes "now" from the event's
 * scheduledTime so a replayed cron behaves like the original.
 */
export async function runScheduled(controller: ScheduledController, rawEnv: RawEnv): Promise<ScheduledSummary> {
  const config = parseWorkerEnv(rawEnv);
  const db = createDb({ url: config.LIBSQL_URL, authToken: config.LIBSQL_AUTH_TOKEN });
  const now = new Date(controller.scheduledTime);
  const tenants = await listActiveTenants({
    db,
    now,
    actor: { type: "system", job: "scheduled" },
    requestId: `cron-${now.getTime()}`,
  });
  const summary: ScheduledSummary = {
    job: "scheduled",
    cron: controller.cron,
    scheduledTime: now.toISOString(),
    activeTenants: tenants.length,
  };
  console.log(JSON.stringify({ level: "info", msg: "scheduled run", ...summary }));
  return summary;
}
