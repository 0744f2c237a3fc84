import { alertRuns, inTenant, notifications, users } from "@kycuong/db";
import { eq, gte, lt } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import { calendarNotices } from "../calendar/calendar-notices";
import { addDays } from "../calendar/local-date";
import type { DomainContext, TenantRef } from "../context";
import { newId } from "../context/ids";
import type { Digest, RenderedEmail } from "./alert-item";
import { alertSnapshotReads } from "./alert-snapshot";
import { planDigests } from "./plan-digests";
import { renderLeadershipDigest } from "./render-leadership-digest";
import { renderUnitDigest } from "./render-unit-digest";

export interface PlannedRun {
  localDate: string;
  items: number;
  overdue: number;
  notifications: number;
  unitsWithoutHead: number;
  /** Items meant for the leadership digest when the tenant has neither named leaders nor an active admin. */
  unannounced: number;
}

/**
 * Finds everything overdue or due soon in one tenant, groups it by who must
 * answer for it, and writes the day's digests to the outbox with the run's
 * marker and its audit entry, in one batch. The outbox's unique key
 * (tenant, recipient, kind, local date) makes a second run, or a
 * redelivered queue message, write nothing new. Pending digests of earlier
 * days are superseded: today's digest lists everything still open.
 */
export async function planTenantDigests(
  ctx: DomainContext,
  tenant: TenantRef,
  localDate: string,
  baseUrl: string,
): Promise<PlannedRun> {
  const { settings } = tenant;
  const alerts = alertSnapshotReads(ctx.db, tenant, ctx.now);
  const [reports, tasks, conclusions, correctives, explanations, unitRows, periods, admins, recent] =
    await ctx.db.batch([
      ...alerts.reads,
      ctx.db
        .select({ email: users.email, roles: users.roles })
        .from(users)
        .where(inTenant(users, tenant.id, eq(users.status, "active"))),
      // The last fortnight's digests (the longest holidays are shorter): whether each address's latest failed.
      ctx.db
        .select({
          localDate: notifications.localDate,
          status: notifications.status,
          kind: notifications.kind,
          recipient: notifications.recipient,
          attempts: notifications.attempts,
          lastError: notifications.lastError,
        })
        .from(notifications)
        .where(
          inTenant(
            notifications,
            tenant.id,
            gte(notifications.localDate, addDays(localDate, -14)),
            lt(notifications.localDate, localDate),
          ),
        ),
    ]);
  const snapshot = alerts.snapshot([reports, tasks, conclusions, correctives, explanations, unitRows, periods]);
  const leadership =
    settings.leadershipEmails.length > 0
      ? settings.leadershipEmails
      : admins.filter((a) => a.roles.includes("tenant_admin")).map((a) => a.email);
  const plan = planDigests({
    ...snapshot,
    calendar: alerts.calendar,
    now: ctx.now,
    escalationWorkingDays: settings.escalationOverdueWorkingDays,
    leadership,
    calendarNotices: calendarNotices(tenant.calendar, localDate).map((notice) => ({
      ...notice,
      path: `/t/${tenant.slug}/app/settings/calendar?year=${notice.year}`,
    })),
  });

  const at = ctx.now.toISOString();
  const rendering = { tenantName: tenant.name, localDate, baseUrl };
  // An address that keeps failing must reach the maximum attempts (and show as dead) even though each
  // day's digest is a new row: when an address's latest digest was not sent (still pending, or dead),
  // its attempts carry over, so a dead address gets one try a day until it works again.
  const carried = failedAttempts(recent);
  const rows = plan.digests.map((digest) => {
    const email = render(digest, rendering);
    const listed = digest.kind === "unit_digest" ? digest.units.flatMap((u) => u.items) : plan.leadershipItems;
    const earlier = carried.get(`${digest.kind} ${digest.recipient}`);
    return {
      id: newId(ctx.now),
      tenantId: tenant.id,
      kind: digest.kind,
      recipient: digest.recipient,
      localDate,
      unitIds: digest.kind === "unit_digest" ? digest.units.flatMap((u) => (u.unitId ? [u.unitId] : [])) : [],
      subject: email.subject,
      bodyHtml: email.html,
      bodyText: email.text,
      itemCount: listed.length,
      overdueCount: listed.filter((i) => i.overdue).length,
      status: "pending" as const,
      attempts: earlier?.attempts ?? 0,
      lastError: earlier?.lastError ?? null,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
    };
  });
  const run: PlannedRun = {
    localDate,
    items: plan.items.length,
    overdue: plan.items.filter((i) => i.overdue).length,
    notifications: rows.length,
    unitsWithoutHead: plan.unitsWithoutHead.length,
    unannounced: leadership.length === 0 ? plan.leadershipItems.length : 0,
  };
  await ctx.db.batch([
    ctx.db
      .update(notifications)
      .set({ status: "superseded", updatedAt: at })
      .where(
        inTenant(notifications, tenant.id, eq(notifications.status, "pending"), lt(notifications.localDate, localDate)),
      ),
    ...rows.map((row) => ctx.db.insert(notifications).values(row).onConflictDoNothing()),
    ctx.db
      .insert(alertRuns)
      .values({
        tenantId: tenant.id,
        localDate,
        scheduledAt: at,
        itemCount: run.items,
        notificationCount: run.notifications,
        unitsWithoutHead: run.unitsWithoutHead,
        plannedAt: at,
      })
      .onConflictDoNothing(),
    auditEntry(ctx, {
      tenantId: tenant.id,
      action: "alerts.planned",
      entityType: "alert_run",
      entityId: localDate,
      after: { ...run },
    }),
  ]);
  return run;
}

/** The latest earlier digest per (kind, recipient), when it failed: its attempts and last error. */
function failedAttempts(
  recent: {
    localDate: string;
    status: string;
    kind: string;
    recipient: string;
    attempts: number;
    lastError: string | null;
  }[],
) {
  const latest = new Map<string, (typeof recent)[number]>();
  for (const row of recent) {
    const key = `${row.kind} ${row.recipient}`;
    const seen = latest.get(key);
    if (!seen || seen.localDate < row.localDate) latest.set(key, row);
  }
  return new Map([...latest].filter(([, row]) => row.status === "pending" || row.status === "dead"));
}

function render(digest: Digest, ctx: Parameters<typeof renderUnitDigest>[1]): RenderedEmail {
  return digest.kind === "unit_digest" ? renderUnitDigest(digest, ctx) : renderLeadershipDigest(digest, ctx);
}
