import { guardedUpdate, trackingBookEntries } from "@kycuong/db";
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
 * Annuls an entry with a written reason (party office only). Entries are
 * never edited or deleted: the annulment is recorded on the entry, which
 * stays in the book marked as annulled. The update matches only a
 * not-yet-annulled entry, so of two annulments at once exactly one lands;
 * the other writes nothing, its audit entry included.
 */
export async function annulTrackingBookEntry(
  ctx: TenantContext,
  id: string,
  input: AnnulEntry,
): Promise<TrackingBookEntry> {
  assertCan(ctx, "discipline:manage");
  const entry = await getTrackingBookEntry(ctx, id);
  if (entry.annulled) throw alreadyAnnulled();
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
      auditEntry(ctx, {
        tenantId,
        action: "tracking_book.entry_annulled",
        entityType: "tracking_book_entry",
        entityId: id,
        before: { annulledAt: null, annulledBy: null, annulReason: null },
        after: annulment,
      }),
    ],
    alreadyAnnulled,
  );
  return getTrackingBookEntry(ctx, id);
}

function alreadyAnnulled(): DomainError {
  return new DomainError(
    "tracking_book_entry_annulled",
    "Mục này đã được hủy bỏ trước đó · This entry is already annulled",
  );
}
