import { guardedUpdate, inTenant, taskReminders, trackingBookEntries } from "@kycuong/db";
import { eq, inArray, isNull } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { selectEntries } from "./select-entries";
import type { AnnulEntry, TrackingBookEntry, TrackingBookQuery } from "./tracking-book-view";

/** One entry, annulled or not; 404 when missing, another tenant's or outside a unit head's subtree. */
export async function getTrackingBookEntry(ctx: TenantContext, id: string): Promise<TrackingBookEntry> {
  assertCan(ctx, "discipline:read");
  const [entry] = await selectEntries(ctx, { id, limit: 1 });
  if (!entry) throw entryNotFound();
  return entry;
}

export function entryNotFound() {
  return new DomainError(
    "tracking_book_entry_not_found",
    "Không tìm thấy mục trong sổ theo dõi · Tracking-book entry not found",
  );
}

/** One year of the tracking book, in the order entries were made. */
export async function listTrackingBook(
  ctx: TenantContext,
  query: TrackingBookQuery & PageQuery,
): Promise<Page<TrackingBookEntry>> {
  assertCan(ctx, "discipline:read");
  const after = decodeCursor(query.cursor);
  const rows = await selectEntries(ctx, { query, limit: query.limit + 1, ...(after ? { after } : {}) });
  return toPage(rows, query.limit);
}

/**
 * Annuls an entry with a written reason (party office only), voiding the
 * reminders it names (by default the one that made the entry): they stay on
 * the task but no longer count, so reminders that reach the threshold again
 * make a new entry. Entries are never edited or deleted: the annulment is
 * recorded on the entry, which stays in the book marked as annulled. The
 * update matches only a not-yet-annulled entry, so of two annulments at once
 * exactly one lands; the other writes nothing, its audit entries included.
 */
export async function annulTrackingBookEntry(
  ctx: TenantContext,
  id: string,
  input: AnnulEntry,
): Promise<TrackingBookEntry> {
  assertCan(ctx, "discipline:manage");
  const entry = await getTrackingBookEntry(ctx, id);
  if (entry.annulled) throw alreadyAnnulled();
  const voided = input.voidReminderIds ?? [entry.triggeredByReminderId];
  assertVoidable(entry, voided);
  const tenantId = ctx.tenant.id;
  const annulment = {
    annulledAt: ctx.now.toISOString(),
    annulledBy: ctx.actor.type === "user" ? ctx.actor.userId : null,
    annulReason: input.reason,
  };
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: trackingBookEntries,
        row: { tenantId, id },
        read: { annulledAt: null },
        set: annulment,
      }),
      // No other annulment can void these meanwhile: the task has no other entry in force to annul.
      ctx.db
        .update(taskReminders)
        .set({ voidedByEntryId: id })
        .where(
          inTenant(
            taskReminders,
            tenantId,
            eq(taskReminders.taskId, entry.task.id),
            inArray(taskReminders.id, voided),
            isNull(taskReminders.voidedByEntryId),
          ),
        ),
      auditEntry(ctx, {
        tenantId,
        action: "tracking_book.entry_annulled",
        entityType: "tracking_book_entry",
        entityId: id,
        before: { annulledAt: null, annulledBy: null, annulReason: null },
        after: { ...annulment, voidedReminderIds: voided },
      }),
      ...voided.map((reminderId) =>
        auditEntry(ctx, {
          tenantId,
          action: "task.reminder_voided",
          entityType: "task_reminder",
          entityId: reminderId,
          before: { voidedByEntryId: null },
          after: { voidedByEntryId: id },
        }),
      ),
    ],
    alreadyAnnulled,
  );
  return getTrackingBookEntry(ctx, id);
}

/** Each reminder named to be voided is one of the entry's task, not voided before, named once (400 otherwise). */
function assertVoidable(entry: TrackingBookEntry, reminderIds: string[]): void {
  const live = new Set(entry.reminders.filter((r) => r.voidedByEntryId === null).map((r) => r.id));
  const voidedBefore = new Set(entry.reminders.filter((r) => r.voidedByEntryId !== null).map((r) => r.id));
  const errors = reminderIds.flatMap((reminderId, i) => {
    const path = `body.voidReminderIds.${i}`;
    if (reminderIds.indexOf(reminderId) < i) return [{ path, message: "Đã nêu ở trên · Named twice" }];
    if (voidedBefore.has(reminderId)) {
      return [{ path, message: "Đã bị vô hiệu khi hủy một mục trước · Already voided by an earlier annulment" }];
    }
    if (!live.has(reminderId)) {
      return [{ path, message: "Không phải văn bản nhắc nhở của nhiệm vụ này · Not a reminder of this task" }];
    }
    return [];
  });
  if (errors.length === 0) return;
  throw new DomainError(
    "invalid_reference",
    "Tham chiếu không hợp lệ (văn bản nhắc nhở) · Invalid reference (reminder)",
    errors,
  );
}

function alreadyAnnulled(): DomainError {
  return new DomainError(
    "tracking_book_entry_annulled",
    "Mục này đã được hủy bỏ trước đó · This entry is already annulled",
  );
}
