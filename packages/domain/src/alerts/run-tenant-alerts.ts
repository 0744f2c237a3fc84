import type { DomainContext } from "../context";
import { alertWindow } from "./alert-window";
import { type DeliveryResult, deliverPendingNotifications } from "./deliver-notifications";
import type { EmailTransport } from "./email-transport";
import { loadAlertTenant } from "./load-alert-tenant";
import { type PlannedRun, planTenantDigests } from "./plan-tenant-digests";
import { singleEmailKinds } from "./single-email";

export type TenantAlertOutcome =
  | { tenantId: string; skipped: "inactive" }
  | {
      tenantId: string;
      skipped: "not_working_day" | "outside_window";
      /** Single emails (a report's answer, a password link) still go out: they do not wait for the window. */
      delivery: DeliveryResult;
    }
  | { tenantId: string; localDate: string; planned: PlannedRun | null; delivery: DeliveryResult };

/**
 * One tenant's alert job, as a queue message asks for it at the cron
 * event's time (`ctx.now`): plan today's digests unless already planned,
 * then send what is due. The window is checked again here, not only by the
 * cron, so a replayed or hand-made message for a moment outside the window
 * sends no digest (only single emails, which never wait for the window), and
 * a message that arrives after a later day's has planned nothing of its own. (A message delayed in the queue still acts at its cron
 * time: replays of any moment need that, and queue delays are seconds.)
 */
export async function runTenantAlerts(
  ctx: DomainContext,
  tenantId: string,
  options: {
    transport: EmailTransport;
    baseUrl: string /** When the job really began (the real clock). */;
    startedAt?: Date;
  },
): Promise<TenantAlertOutcome> {
  const loaded = await loadAlertTenant(ctx, tenantId);
  if (!loaded) return { tenantId, skipped: "inactive" };
  const { tenant, plannedDates } = loaded;
  const window = alertWindow(tenant, ctx.now);
  if (!window.workingDay || !window.open) {
    const delivery = await deliverPendingNotifications(
      ctx,
      tenant,
      options.transport,
      options.startedAt,
      singleEmailKinds,
    );
    return { tenantId, skipped: window.workingDay ? "outside_window" : "not_working_day", delivery };
  }
  // Planned already, or a later day's run is (this message arrived late, out of order): its digest would be stale.
  const planned = [...plannedDates].some((date) => date >= window.localDate)
    ? null
    : await planTenantDigests(ctx, tenant, window.localDate, options.baseUrl);
  const delivery = await deliverPendingNotifications(ctx, tenant, options.transport, options.startedAt);
  return { tenantId, localDate: window.localDate, planned, delivery };
}
