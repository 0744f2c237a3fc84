import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { selectEntries } from "./select-entries";
import type { TrackingBookEntry, TrackingBookQuery } from "./tracking-book-view";

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
