import { z } from "zod";
import { alertItemKinds } from "./alert-item";

/**
 * One item with a deadline as "today" shows it: exactly a digest's item
 * (working days overdue counted by the tenant's calendar), plus the working
 * days left for one not yet due. `path` is its page in the staff console.
 */
export const TodayItem = z
  .object({
    kind: z.enum(alertItemKinds),
    id: z.string(),
    code: z.string(),
    title: z.string(),
    unitId: z.string().nullable(),
    responsible: z.string(),
    dueAt: z.string(),
    /** Local date (YYYY-MM-DD) in the tenant's zone. */
    dueDate: z.string(),
    workingDaysOverdue: z.int(),
    overdue: z.boolean(),
    /** Working days from today to the due date (0: due today, or overdue). */
    workingDaysLeft: z.int(),
    path: z.string(),
  })
  .meta({ id: "TodayItem" });
export type TodayItem = z.infer<typeof TodayItem>;

/** Items of one unit, most urgent first (a digest's unit section). */
export const TodayUnit = z
  .object({ unitId: z.string().nullable(), unitName: z.string(), items: z.array(TodayItem) })
  .meta({ id: "TodayUnit" });
export type TodayUnit = z.infer<typeof TodayUnit>;

/** A figure and the first items behind it. */
const listed = <T extends z.ZodType>(item: T) => z.object({ total: z.int(), items: z.array(item) });

/** A record or an inspection in a short list: what people call it, what it is, its date, its page. */
export const TodayEntry = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    /** Local date (YYYY-MM-DD): when it happened (a record) or started (an inspection). */
    date: z.string().nullable(),
    path: z.string(),
  })
  .meta({ id: "TodayEntry" });
export type TodayEntry = z.infer<typeof TodayEntry>;

/** A unit head: the digest of their unit and every unit under it, by kind, then what is due later. */
export const UnitHeadToday = z.object({
  unitId: z.string().nullable(),
  unitName: z.string(),
  /** Their unit and every unit under it. */
  unitIds: z.array(z.string()),
  overdue: z.int(),
  dueSoon: z.int(),
  /** The digest's items of each kind (kinds with none are left out), in the digest's order. */
  groups: z.array(z.object({ kind: z.enum(alertItemKinds), items: z.array(TodayItem) })),
  /** Open items due after the due-soon horizon, soonest first (at most `laterLimit`). */
  later: z.array(TodayItem),
  laterLimit: z.int(),
});

/** A hotline officer: new reports nobody has taken up, then reports overdue across units. */
export const HotlineToday = z.object({
  inbox: listed(TodayItem),
  overdue: listed(TodayItem).extend({
    byUnit: z.array(z.object({ unitId: z.string().nullable(), unitName: z.string(), count: z.int() })),
  }),
});

/** The party office: tasks, reminders to consider, the tracking book, dialogue conclusions. */
export const PartyOfficeToday = z.object({
  overdueTasks: listed(TodayItem),
  dueSoonTasks: listed(TodayItem),
  /** Overdue tasks not in the tracking book yet, most reminded first: the Nth reminder enters the book. */
  reminders: listed(
    z.object({ task: TodayItem, reminders: z.int(), entersTrackingBookNext: z.boolean() }).meta({
      id: "TodayReminderCandidate",
    }),
  ).extend({ threshold: z.int() }),
  /** Entries in force (not annulled) in this year's tracking book. */
  trackingBook: z.object({ year: z.int(), entries: z.int() }),
  overdueConclusions: listed(TodayItem),
});

/** An inspector: records to finish, records waiting for explanations or a decision, inspections under way. */
export const InspectorToday = z.object({
  drafts: listed(TodayEntry),
  awaitingExplanation: listed(TodayEntry),
  awaitingDecision: listed(TodayEntry),
  inspectionsInProgress: listed(TodayEntry),
});

/** The leaders (tenant admins, viewers): the leadership digest's sections, and what each unit has open. */
export const LeadershipToday = z.object({
  escalationWorkingDays: z.int(),
  escalated: z.array(TodayUnit),
  unitsWithoutHead: z.array(TodayUnit),
  unassigned: z.array(TodayItem),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      hasHeadEmail: z.boolean(),
      overdue: z.int(),
      dueSoon: z.int(),
      overdueReports: z.int(),
    }),
  ),
});

/**
 * A user's work for today, one section per role they hold (null when they
 * do not hold it), computed as the morning's digests are.
 */
export const TodaysWork = z
  .object({
    /** The tenant's local date. */
    localDate: z.string(),
    /** The last local date counted as "due soon". */
    dueSoonUntil: z.string(),
    unitHead: UnitHeadToday.nullable(),
    hotline: HotlineToday.nullable(),
    partyOffice: PartyOfficeToday.nullable(),
    inspector: InspectorToday.nullable(),
    leadership: LeadershipToday.nullable(),
  })
  .meta({ id: "TodaysWork" });
export type TodaysWork = z.infer<typeof TodaysWork>;
