import { inTenant, trackingBookEntries } from "@kycuong/db";
import { eq, isNull, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { auditEntryWhen } from "./audit-when";
import { getTrackingBookEntry } from "./get-tracking-book-entry";
import type { AnnulEntry, TrackingBookEntry } from "./tracking-book-view";

/**
 * Annuls an entry with a written reason (party office only). Entries are
 * never edited or deleted: the annulment is recorded on the entry, which
 * stays in the book marked as annulled. The update matches only a
 * not-yet-annulled entry and its audit row is written only if it did, so
 * of two annulments at once exactly one lands.
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
  const [updated] = await ctx.db.batch([
    ctx.db
      .update(trackingBookEntries)
      .set(annulment)
      .where(
        inTenant(trackingBookEntries, tenantId, eq(trackingBookEntries.id, id), isNull(trackingBookEntries.annulledAt)),
      ),
    auditEntryWhen(
      ctx,
      {
        tenantId,
        action: "tracking_book.entry_annulled",
        entityType: "tracking_book_entry",
        entityId: id,
        before: { annulledAt: null, annulledBy: null, annulReason: null },
        after: annulment,
      },
      sql`changes() = 1`,
    ),
  ]);
  if (updated.rowsAffected === 0) throw alreadyAnnulled();
  return getTrackingBookEntry(ctx, id);
}

function alreadyAnnulled(): DomainError {
  return new DomainError(
    "tracking_book_entry_annulled",
    "Mục này đã được hủy bỏ trước đó · This entry is already annulled",
  );
}
