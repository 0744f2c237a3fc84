import { createDb, type Db } from "@kycuong/db";
import { type EmailTransport, runTenantAlerts, type TenantAlertOutcome } from "@kycuong/domain/alerts";
import { z } from "zod";
import { emailTransportFor } from "../email/email-transport-for";
import { MisconfiguredError, parseWorkerEnv, type RawEnv } from "../env";

const AlertJobMessage = z.object({
  tenantId: z.string().min(1),
  scheduledTime: z.number().int().positive(),
});

/** A failed tenant job is tried again after this long (the queue gives up after max_retries, into the dead-letter queue). */
const RETRY_DELAY_SECONDS = 60;

/**
 * The alert queue's consumer: one message is one tenant's job. Each message
 * is acknowledged or retried on its own, so one tenant's bad data or a
 * thrown error never holds back another tenant's digests.
 */
export async function consumeAlertJobs(batch: MessageBatch<unknown>, rawEnv: RawEnv): Promise<TenantAlertOutcome[]> {
  const config = parseWorkerEnv(rawEnv);
  if (!config.PUBLIC_BASE_URL) throw new MisconfiguredError(["PUBLIC_BASE_URL"]);
  const baseUrl = config.PUBLIC_BASE_URL.replace(/\/+$/, "");
  const db = createDb({ url: config.LIBSQL_URL, authToken: config.LIBSQL_AUTH_TOKEN });
  const transport = emailTransportFor(config, db);
  // One tenant after another: sqld 0.24 (local and tests) has stalled under many concurrent writers, and
  // each message is still acknowledged or retried on its own. Production scales with more consumers.
  const outcomes: (TenantAlertOutcome | null)[] = [];
  for (const message of batch.messages) outcomes.push(await consumeOne(message, { db, transport, baseUrl }));
  return outcomes.filter((outcome): outcome is TenantAlertOutcome => outcome !== null);
}

async function consumeOne(
  message: Message<unknown>,
  deps: { db: Db; transport: EmailTransport; baseUrl: string },
): Promise<TenantAlertOutcome | null> {
  const job = AlertJobMessage.safeParse(message.body);
  if (!job.success) {
    // Retrying cannot fix a malformed message: log it and let it go.
    console.error(JSON.stringify({ level: "error", msg: "malformed alert job", id: message.id }));
    message.ack();
    return null;
  }
  try {
    const outcome = await runTenantAlerts(
      {
        db: deps.db,
        now: new Date(job.data.scheduledTime),
        actor: { type: "system", job: "alerts" },
        requestId: `alerts-${message.id}`,
      },
      job.data.tenantId,
      // The real clock only sets how long this job holds the emails it sends (see deliverPendingNotifications).
      { transport: deps.transport, baseUrl: deps.baseUrl, startedAt: new Date() },
    );
    console.log(JSON.stringify({ level: "info", msg: "alert job", ...outcome }));
    if ("planned" in outcome && outcome.planned && outcome.planned.unannounced > 0) {
      // Nobody to tell: no leadership emails set and no active admin. Say so where operators look.
      console.error(
        JSON.stringify({
          level: "error",
          msg: "leadership digest has no recipient",
          tenantId: outcome.tenantId,
          items: outcome.planned.unannounced,
        }),
      );
    }
    message.ack();
    return outcome;
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "error",
        msg: "alert job failed",
        tenantId: job.data.tenantId,
        attempt: message.attempts,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
    message.retry({ delaySeconds: RETRY_DELAY_SECONDS });
    return null;
  }
}
