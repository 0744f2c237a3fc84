import { inTenant, officials, taskReminders, tasks, trackingBookEntries, units, users } from "@kycuong/db";
import { and, asc, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { visibleUnitIds } from "../access/unit-scope";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import type { TrackingBookEntry, TrackingBookQuery } from "./tracking-book-view";

export interface EntrySelection {
  /** One entry by id, whatever its year. */
  id?: string;
  query?: TrackingBookQuery;
  after?: string;
  limit: number;
}

/** The year a query asks for, or this local year. */
export function bookYear(ctx: TenantContext, query: TrackingBookQuery): number {
  return query.year ?? Number(localDate(ctx.now, ctx.tenant.timezone).slice(0, 4));
}

/**
 * Tracking-book entries in book order (creation order), with the task, the
 * names and every reminder, limited to a unit head's subtree in the query.
 */
export async function selectEntries(ctx: TenantContext, selection: EntrySelection): Promise<TrackingBookEntry[]> {
  const tenantId = ctx.tenant.id;
  const e = trackingBookEntries;
  const visible = await visibleUnitIds(ctx, "discipline:read");
  if (visible?.length === 0) return [];
  const query = selection.query;
  const conditions = inTenant(
    e,
    tenantId,
    visible ? inArray(e.unitId, visible) : undefined,
    selection.id ? eq(e.id, selection.id) : undefined,
    query ? eq(e.year, bookYear(ctx, query)) : undefined,
    query?.unitId ? eq(e.unitId, query.unitId) : undefined,
    query?.organisation ? eq(e.partyOrganisation, query.organisation) : undefined,
    query?.officialId ? eq(e.officialId, query.officialId) : undefined,
    query && query.includeAnnulled !== "true" ? isNull(e.annulledAt) : undefined,
    selection.after ? gt(e.id, selection.after) : undefined,
  );
  // The entries and their tasks' reminders in one batch: the reminders are read for the same
  // entries, as a subquery with the same conditions, order and limit.
  const entryTasks = ctx.db
    .select({ taskId: e.taskId })
    .from(e)
    .where(conditions)
    .orderBy(asc(e.id))
    .limit(selection.limit);
  const [rows, reminders] = await ctx.db.batch([
    ctx.db
      .select({
        entry: e,
        task: {
          id: tasks.id,
          title: tasks.title,
          sourceDocNumber: tasks.sourceDocNumber,
          sourceDocDate: tasks.sourceDocDate,
          issuedBy: tasks.issuedBy,
          status: tasks.status,
        },
        unit: { id: units.id, name: units.name },
        official: { id: officials.id, fullName: officials.fullName },
        annulledByName: users.displayName,
      })
      .from(e)
      .innerJoin(tasks, and(eq(tasks.id, e.taskId), eq(tasks.tenantId, e.tenantId)))
      .leftJoin(units, and(eq(units.id, e.unitId), eq(units.tenantId, e.tenantId)))
      .leftJoin(officials, and(eq(officials.id, e.officialId), eq(officials.tenantId, e.tenantId)))
      // Platform admins (no tenant) may annul too.
      .leftJoin(users, and(eq(users.id, e.annulledBy), or(eq(users.tenantId, e.tenantId), isNull(users.tenantId))))
      .where(conditions)
      .orderBy(asc(e.id))
      .limit(selection.limit),
    ctx.db
      .select({
        id: taskReminders.id,
        taskId: taskReminders.taskId,
        sequence: taskReminders.sequence,
        docNumber: taskReminders.docNumber,
        docDate: taskReminders.docDate,
        voidedByEntryId: taskReminders.voidedByEntryId,
      })
      .from(taskReminders)
      .where(inTenant(taskReminders, tenantId, inArray(taskReminders.taskId, entryTasks)))
      .orderBy(asc(taskReminders.sequence)),
  ]);
  return rows.map(({ entry, task, unit, official, annulledByName }) => {
    const ofTask = reminders.filter((r) => r.taskId === entry.taskId).map(({ taskId: _, ...reminder }) => reminder);
    return {
      id: entry.id,
      year: entry.year,
      task,
      unit: unit ?? { id: entry.unitId, name: "" },
      partyOrganisation: entry.partyOrganisation,
      official,
      reminders: ofTask,
      triggeredByReminderId: entry.triggeredByReminderId,
      createdAt: entry.createdAt,
      annulled: entry.annulledAt !== null,
      annulment:
        entry.annulledAt !== null
          ? {
              at: entry.annulledAt,
              by: { id: entry.annulledBy ?? "", name: annulledByName },
              reason: entry.annulReason ?? "",
              voidedReminderIds: ofTask.filter((r) => r.voidedByEntryId === entry.id).map((r) => r.id),
            }
          : null,
    };
  });
}
