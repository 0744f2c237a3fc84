import type { Role } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { unitSubtree } from "../access/unit-scope";
import { localDate } from "../calendar/local-date";
import { workingDaysLeft } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { type AlertItem, alertItemKinds, type DigestItem, type DigestUnit, leadershipOnlyKinds } from "./alert-item";
import { alertItemQueries } from "./alert-item-queries";
import { alertSnapshotReads } from "./alert-snapshot";
import { BatchedReads } from "./batched-reads";
import { byUrgency, splitDigestItems, toDigestItems, unitNamer } from "./plan-digests";
import { shortRef, toAlertItems, violationTitle } from "./to-alert-items";
import { todaysWorkReads } from "./todays-work-reads";
import type { TodayEntry, TodayItem, TodaysWork, TodayUnit } from "./todays-work-view";

/** How many items a list shows before "see them all" (its figure counts them all). */
const LIST_LIMIT = 10;
/** How many records or inspections an inspector's short lists show. */
const ENTRY_LIMIT = 5;
/** How many items due later a unit head sees. */
const LATER_LIMIT = 10;

const noRows = { reports: [], tasks: [], conclusions: [], correctives: [], explanations: [] };

/**
 * What the signed-in user has to do today, one section per role they hold,
 * in one round trip. The items with deadlines are the morning's digests'
 * own (alert-snapshot.ts, then planDigests' toDigestItems and
 * splitDigestItems): a unit head sees exactly their subtree's part of the
 * digests, in the same order, with the same working days overdue; the
 * leaders see the leadership digest's sections.
 */
export async function todaysWork(ctx: TenantContext): Promise<TodaysWork> {
  assertCan(ctx, "organisation:read");
  const actor = ctx.actor;
  const roles: readonly Role[] = actor.type === "user" ? actor.roles : [];
  const holds = (...wanted: Role[]) => roles.some((role) => wanted.includes(role));
  const is = {
    unitHead: holds("unit_head"),
    hotline: holds("hotline_officer"),
    partyOffice: holds("party_office"),
    inspector: holds("inspector"),
    leadership: holds("tenant_admin", "viewer", "platform_admin"),
  };
  const { tenant, now } = ctx;
  const nowIso = now.toISOString();
  const year = Number(localDate(now, tenant.timezone).slice(0, 4));
  const headUnitId = actor.type === "user" ? actor.unitId : null;

  const batch = new BatchedReads();
  const alerts = alertSnapshotReads(ctx.db, tenant, now);
  const reads = todaysWorkReads(ctx.db, tenant.id);
  const digest = is.unitHead || is.hotline || is.partyOffice || is.leadership ? batch.addAll(alerts.reads) : null;
  const subtree =
    is.unitHead && headUnitId ? batch.add(ctx.db.all<{ id: string }>(unitSubtree(tenant.id, headUnitId))) : null;
  const later =
    is.unitHead && headUnitId
      ? (() => {
          const q = alertItemQueries(ctx.db, tenant.id, {
            after: alerts.horizon.toISOString(),
            units: unitSubtree(tenant.id, headUnitId),
            limit: LATER_LIMIT,
          });
          return batch.addAll([q.reports, q.tasks, q.conclusions, q.correctives, q.explanations] as const);
        })()
      : null;
  const inbox = is.hotline ? batch.add(reads.inbox(LIST_LIMIT)) : null;
  const reminders = is.partyOffice ? batch.add(reads.overdueTaskReminders(nowIso)) : null;
  const book = is.partyOffice ? batch.add(reads.trackingBookCount(year)) : null;
  const inspector = is.inspector
    ? {
        drafts: batch.add(reads.records(ENTRY_LIMIT, { status: "draft" })),
        awaitingExplanation: batch.add(reads.records(ENTRY_LIMIT, { officialStatus: "explanation_requested" })),
        awaitingDecision: batch.add(reads.records(ENTRY_LIMIT, { officialStatus: "explanation_received" })),
        inspections: batch.add(reads.inspectionsInProgress(ENTRY_LIMIT)),
      }
    : null;
  await batch.run(ctx.db);

  const { calendar } = alerts;
  const today = (item: DigestItem): TodayItem => ({
    ...item,
    workingDaysLeft: workingDaysLeft(calendar, new Date(item.dueAt), now),
  });
  const asToday = (items: AlertItem[]) => toDigestItems(items, calendar, now).map(today);
  const snapshot = digest ? alerts.snapshot(digest()) : { items: [], units: [] };
  const items = toDigestItems(snapshot.items, calendar, now);
  const unitName = unitNamer(snapshot.units);
  const first = <T>(list: T[], limit = LIST_LIMIT) => ({ total: list.length, items: list.slice(0, limit) });
  const app = `/t/${tenant.slug}/app`;

  const result: TodaysWork = {
    localDate: localDate(now, tenant.timezone),
    dueSoonUntil: localDate(alerts.horizon, tenant.timezone),
    unitHead: null,
    hotline: null,
    partyOffice: null,
    inspector: null,
    leadership: null,
  };

  if (is.unitHead) {
    const ids = subtree ? subtree().map((row) => row.id) : [];
    const mine = items
      .filter((item) => item.unitId !== null && ids.includes(item.unitId) && !leadershipOnlyKinds.includes(item.kind))
      .map(today);
    const laterRows = () => {
      if (!later) return noRows;
      const [reports, tasks, conclusions, correctives, explanations] = later();
      return { reports, tasks, conclusions, correctives, explanations };
    };
    const laterItems = asToday(toAlertItems(laterRows(), tenant.slug))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || byUrgency(a, b))
      .slice(0, LATER_LIMIT);
    result.unitHead = {
      unitId: headUnitId,
      unitName: headUnitId ? unitName(headUnitId) : unitName(""),
      unitIds: ids,
      overdue: mine.filter((item) => item.overdue).length,
      dueSoon: mine.filter((item) => !item.overdue).length,
      groups: alertItemKinds
        .map((kind) => ({ kind, items: mine.filter((item) => item.kind === kind) }))
        .filter((group) => group.items.length > 0),
      later: laterItems,
      laterLimit: LATER_LIMIT,
    };
  }

  if (is.hotline && inbox) {
    const rows = inbox();
    const overdue = items.filter((item) => item.kind === "report" && item.overdue).map(today);
    const counts = new Map<string, number>();
    for (const item of overdue) counts.set(item.unitId ?? "", (counts.get(item.unitId ?? "") ?? 0) + 1);
    result.hotline = {
      inbox: { total: rows[0]?.total ?? 0, items: asToday(toAlertItems({ ...noRows, reports: rows }, tenant.slug)) },
      overdue: {
        ...first(overdue),
        byUnit: [...counts]
          .map(([unitId, count]) => ({ unitId: unitId || null, unitName: unitName(unitId), count }))
          .sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName)),
      },
    };
  }

  if (is.partyOffice && reminders && book) {
    const tasks = items.filter((item) => item.kind === "task").map(today);
    const overdueTasks = tasks.filter((task) => task.overdue);
    const byTask = new Map(reminders().map((row) => [row.taskId, row]));
    const threshold = tenant.settings.trackingBookReminderThreshold;
    const candidates = overdueTasks
      .filter((task) => !byTask.get(task.id)?.bookEntryId)
      .map((task) => {
        const sent = byTask.get(task.id)?.reminders ?? 0;
        return { task, reminders: sent, entersTrackingBookNext: sent + 1 >= threshold };
      })
      .sort((a, b) => b.reminders - a.reminders || byUrgency(a.task, b.task));
    result.partyOffice = {
      overdueTasks: first(overdueTasks),
      dueSoonTasks: first(tasks.filter((task) => !task.overdue)),
      reminders: { ...first(candidates), threshold },
      trackingBook: { year, entries: book()[0]?.entries ?? 0 },
      overdueConclusions: first(items.filter((item) => item.kind === "dialogue_conclusion" && item.overdue).map(today)),
    };
  }

  if (inspector) {
    const record = (row: { id: string; typeName: string | null; place: string; occurredAt: string }): TodayEntry => ({
      id: row.id,
      code: shortRef("BB", row.id),
      title: violationTitle("Biên bản vi phạm", row.typeName, row.place),
      date: localDate(new Date(row.occurredAt), tenant.timezone),
      path: `${app}/violations/${row.id}`,
    });
    const records = (rows: ({ total: number } & Parameters<typeof record>[0])[]) => ({
      total: rows[0]?.total ?? 0,
      items: rows.map(record),
    });
    const running = inspector.inspections();
    result.inspector = {
      drafts: records(inspector.drafts()),
      awaitingExplanation: records(inspector.awaitingExplanation()),
      awaitingDecision: records(inspector.awaitingDecision()),
      inspectionsInProgress: {
        total: running[0]?.total ?? 0,
        items: running.map((row) => ({
          id: row.id,
          code: shortRef("TT", row.id),
          title: `${row.teamName} (${row.kind === "surprise" ? "đột xuất" : "theo kế hoạch"})`,
          date: row.startedAt ? localDate(new Date(row.startedAt), tenant.timezone) : null,
          path: `${app}/inspections/${row.id}`,
        })),
      },
    };
  }

  if (is.leadership) {
    const escalation = tenant.settings.escalationOverdueWorkingDays;
    const { leadership } = splitDigestItems(items, snapshot.units, escalation);
    const unit = (group: DigestUnit): TodayUnit => ({ ...group, items: group.items.map(today) });
    result.leadership = {
      escalationWorkingDays: escalation,
      escalated: leadership.escalated.map(unit),
      unitsWithoutHead: leadership.unitsWithoutHead.map(unit),
      unassigned: leadership.unassigned.map(today),
      byUnit: snapshot.units
        .map((u) => {
          const own = items.filter((item) => item.unitId === u.id && !leadershipOnlyKinds.includes(item.kind));
          return {
            unitId: u.id,
            unitName: u.name,
            hasHeadEmail: u.headEmail !== null && u.headEmail.trim() !== "",
            overdue: own.filter((item) => item.overdue).length,
            dueSoon: own.filter((item) => !item.overdue).length,
            overdueReports: own.filter((item) => item.overdue && item.kind === "report").length,
          };
        })
        .filter((u) => u.overdue + u.dueSoon > 0)
        .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.unitName.localeCompare(b.unitName)),
    };
  }
  return result;
}
