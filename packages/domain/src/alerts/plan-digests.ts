import { localDate } from "../calendar/local-date";
import { type WorkingCalendar, workingDaysOverdue } from "../calendar/working-calendar";
import {
  type AlertItem,
  type Digest,
  type DigestCalendarNotice,
  type DigestItem,
  type DigestUnit,
  type LeadershipDigest,
  leadershipOnlyKinds,
  type UnitDigest,
} from "./alert-item";
import { notAssigned } from "./digest-wording";

export interface AlertUnit {
  id: string;
  name: string;
  headEmail: string | null;
}

export interface DigestPlanInput {
  items: AlertItem[];
  units: AlertUnit[];
  calendar: WorkingCalendar;
  now: Date;
  escalationWorkingDays: number;
  /** Leadership recipients, already resolved (setting, or the tenant's admins). */
  leadership: string[];
  /** National calendar years missing or only projected, as of today (`calendarNotices`). */
  calendarNotices: DigestCalendarNotice[];
}

export interface DigestPlan {
  digests: Digest[];
  items: DigestItem[];
  /** Units with items whose head has no email: their items go to the leadership instead. */
  unitsWithoutHead: DigestUnit[];
  /** The distinct items the leadership digest tells (whether or not anyone receives it). */
  leadershipItems: DigestItem[];
}

/** Most overdue first; then the earliest deadline; then by code, so the order never depends on the database. */
export function byUrgency(a: DigestItem, b: DigestItem): number {
  return (
    b.workingDaysOverdue - a.workingDaysOverdue ||
    a.dueAt.localeCompare(b.dueAt) ||
    a.code.localeCompare(b.code) ||
    a.id.localeCompare(b.id)
  );
}

export function groupByUnit(items: DigestItem[], unitName: (id: string) => string): DigestUnit[] {
  const groups = new Map<string, DigestItem[]>();
  for (const item of items) {
    const key = item.unitId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .map(([unitId, unitItems]) => ({ unitId: unitId || null, unitName: unitName(unitId), items: unitItems }))
    .sort(
      (a, b) => byUrgency(a.items[0] as DigestItem, b.items[0] as DigestItem) || a.unitName.localeCompare(b.unitName),
    );
}

/** The items as digests show them (local due date, working days overdue), most urgent first. */
export function toDigestItems(items: AlertItem[], calendar: WorkingCalendar, now: Date): DigestItem[] {
  return items
    .map((item) => {
      const due = new Date(item.dueAt);
      return {
        ...item,
        dueDate: localDate(due, calendar.timeZone),
        workingDaysOverdue: workingDaysOverdue(calendar, due, now),
        overdue: now.getTime() > due.getTime(),
      };
    })
    .sort(byUrgency);
}

/** What the leadership is told: the leadership digest's sections, whether or not anyone receives it. */
export interface LeadershipView {
  escalationWorkingDays: number;
  /** Items overdue beyond the escalation threshold, by unit. */
  escalated: DigestUnit[];
  /** Units with items whose head has no email: their items go to the leadership instead. */
  unitsWithoutHead: DigestUnit[];
  /** Items nobody is responsible for yet. */
  unassigned: DigestItem[];
  /** Disciplinary periods ending soon or run out undecided (leadership only). */
  disciplinaryPeriods: DigestItem[];
  /** The distinct items of the four sections. */
  items: DigestItem[];
}

/** Splits digest items (most urgent first) into the unit heads' and the leadership's parts. */
export function splitDigestItems(
  items: DigestItem[],
  units: AlertUnit[],
  escalationWorkingDays: number,
): { byRecipient: Map<string, DigestItem[]>; leadership: LeadershipView } {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const byRecipient = new Map<string, DigestItem[]>();
  const withoutHead: DigestItem[] = [];
  const unassigned: DigestItem[] = [];
  const disciplinaryPeriods: DigestItem[] = [];
  for (const item of items) {
    if (leadershipOnlyKinds.includes(item.kind)) {
      disciplinaryPeriods.push(item);
      continue;
    }
    const unit = item.unitId ? unitsById.get(item.unitId) : undefined;
    if (!unit) unassigned.push(item);
    else if (!unit.headEmail) withoutHead.push(item);
    else {
      const recipient = unit.headEmail.trim().toLowerCase();
      byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), item]);
    }
  }
  const unitName = unitNamer(units);
  const unitsWithoutHead = groupByUnit(withoutHead, unitName);
  const escalated = groupByUnit(
    items.filter(
      (item) =>
        item.workingDaysOverdue > escalationWorkingDays &&
        item.unitId &&
        unitsById.has(item.unitId) &&
        !leadershipOnlyKinds.includes(item.kind),
    ),
    unitName,
  );
  // An escalated item of a unit without a head is in two sections; count it once.
  const leadershipItems = [
    ...new Set([...escalated.flatMap((u) => u.items), ...withoutHead, ...unassigned, ...disciplinaryPeriods]),
  ];
  return {
    byRecipient,
    leadership: {
      escalationWorkingDays,
      escalated,
      unitsWithoutHead,
      unassigned,
      disciplinaryPeriods,
      items: leadershipItems,
    },
  };
}

/** A unit's name by id, or "not assigned" for none. */
export function unitNamer(units: AlertUnit[]): (id: string) => string {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? notAssigned;
}

/**
 * Who is told what today. Each unit head gets one digest covering every unit
 * they head; items of a unit without a head email, items nobody is
 * responsible for yet, and items overdue beyond the escalation threshold go
 * to the leadership, so nothing overdue is silently left unannounced. A
 * missing national calendar year is reason enough for the leadership digest
 * (deadlines in it are counted without holidays); a projected one is only
 * mentioned in a digest sent anyway.
 */
export function planDigests(input: DigestPlanInput): DigestPlan {
  const unitName = unitNamer(input.units);
  const items = toDigestItems(input.items, input.calendar, input.now);
  const { byRecipient, leadership } = splitDigestItems(items, input.units, input.escalationWorkingDays);

  const digests: Digest[] = [...byRecipient.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([recipient, own]): UnitDigest => ({ kind: "unit_digest", recipient, units: groupByUnit(own, unitName) }));

  const { escalated, unitsWithoutHead, unassigned, disciplinaryPeriods } = leadership;
  const { calendarNotices } = input;
  const calendarMissing = calendarNotices.some((notice) => notice.status === "missing");
  if (
    escalated.length > 0 ||
    unitsWithoutHead.length > 0 ||
    unassigned.length > 0 ||
    disciplinaryPeriods.length > 0 ||
    calendarMissing
  ) {
    const recipients = [...new Set(input.leadership.map((email) => email.trim().toLowerCase()))].sort();
    for (const recipient of recipients) {
      digests.push({
        kind: "leadership_digest",
        recipient,
        escalationWorkingDays: input.escalationWorkingDays,
        escalated,
        unitsWithoutHead,
        unassigned,
        calendarNotices,
        disciplinaryPeriods,
      } satisfies LeadershipDigest);
    }
  }
  return { digests, items, unitsWithoutHead, leadershipItems: leadership.items };
}
