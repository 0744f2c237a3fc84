import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { selectEntries } from "./select-entries";
import type { TrackingBookEntry } from "./tracking-book-view";

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
