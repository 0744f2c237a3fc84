import { createDb } from "@kycuong/db";
import { type AlertJob, findTenantsToAlert } from "@kycuong/domain/alerts";
import { type SignInSweep, sweepExpiredSignIns } from "@kycuong/domain/identity";
import { eraseExpiredReporterDataEverywhere } from "@kycuong/domain/reports";
import { type OrphanSweep, removeOrphanObjects } from "@kycuong/domain/tenant-data";
import { parseWorkerEnv, type RawEnv } from "../env";

export interface ScheduledSummary {
  job: "scheduled";
  cron: string;
  scheduledTime: string;
  activeTenants: number;
  enqueued: number;
  upToDate: number;
  unreadable: number;
  /** Reports whose reporter data reached the end of its retention period and was erased this run. */
  erasedReports: number;
  /** Once a day (the run at 20:00 UTC, 03:00 in Việt Nam): stored objects no row names, removed. */
  orphanObjects: OrphanSweep | null;
  /** The same daily run: sign-in records that can no longer change an answer, deleted. */
  signIns: SignInSweep | null;
}

/** The daily run that also sweeps the store and the sign-in records: a quiet hour in Việt Nam. */
function isDailySweep(now: Date): boolean {
  return now.getUTCHours() === 20 && now.getUTCMinutes() < 15;
}

/** Queues accept at most 100 messages per sendBatch call. */
const SEND_BATCH = 100;

/**
 * The cron entry point: only finds the tenants whose alerts are due now
 * (one database read) and enqueues one message each; the queue consumer
 * does the work, a tenant at a time. "Now" is the event's scheduledTime,
 * carried in every message, so a replayed cron (or a test) behaves exactly
 * like the original. The same run erases the reporter data whose retention
 * period has ended (one read when there is none), after the alerts are queued
 * so a slow erasure never delays them. Once a day it also removes stored
 * objects that no row names (an upload whose rows were lost with the database)
 * and the sign-in records that can no longer change an answer.
 */
export async function runScheduled(controller: ScheduledController, rawEnv: RawEnv): Promise<ScheduledSummary> {
  const config = parseWorkerEnv(rawEnv);
  const db = createDb({ url: config.LIBSQL_URL, authToken: config.LIBSQL_AUTH_TOKEN });
  const now = new Date(controller.scheduledTime);
  const ctx = { db, now, actor: { type: "system", job: "scheduled" } as const, requestId: `cron-${now.getTime()}` };
  const found = await findTenantsToAlert(ctx);
  for (let i = 0; i < found.jobs.length; i += SEND_BATCH) {
    await config.ALERT_QUEUE.sendBatch(
      found.jobs.slice(i, i + SEND_BATCH).map((body) => ({ body, contentType: "json" as const })),
    );
  }
  const erasure = await eraseExpiredReporterDataEverywhere({ ...ctx, actor: { type: "system", job: "retention" } });
  // The grace period is measured against when objects were really uploaded: never a replayed cron's future time.
  const daily = isDailySweep(now);
  const orphanObjects = daily
    ? await removeOrphanObjects(
        {
          ...ctx,
          now: new Date(Math.min(now.getTime(), Date.now())),
          actor: { type: "system", job: "orphan_objects" },
        },
        config.ATTACHMENTS,
      )
    : null;
  const signIns = daily ? await sweepExpiredSignIns({ ...ctx, actor: { type: "system", job: "sign_in_sweep" } }) : null;
  const summary: ScheduledSummary = {
    job: "scheduled",
    cron: controller.cron,
    scheduledTime: now.toISOString(),
    activeTenants: found.activeTenants,
    enqueued: found.jobs.length,
    upToDate: found.upToDate,
    unreadable: found.unreadable.length,
    erasedReports: erasure.erased,
    orphanObjects,
    signIns,
  };
  console.log(JSON.stringify({ level: "info", msg: "scheduled run", ...summary }));
  for (const tenantId of found.unreadable) {
    console.error(JSON.stringify({ level: "error", msg: "tenant settings unreadable: no alerts", tenantId }));
  }
  for (const tenantId of erasure.failed) {
    console.error(JSON.stringify({ level: "error", msg: "reporter data erasure failed: retried next run", tenantId }));
  }
  return summary;
}

export type { AlertJob };
