import { z } from "@hono/zod-openapi";
import {
  AnnulEntry,
  annulTrackingBookEntry,
  exportTrackingBookCsv,
  getTrackingBookEntry,
  listTrackingBook,
  TrackingBookEntry,
  TrackingBookQuery,
} from "@kycuong/domain/tracking-book";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
// There is deliberately no route that edits or deletes an entry: annulment is the only change.
const tag = "Tracking book";
const filters =
  "Filters: `year` (this year when left out), `unitId`, `organisation` (the party organisation exactly), " +
  "`officialId`, `includeAnnulled=true` (annulled entries are left out otherwise). A unit head sees only their " +
  "unit's subtree.";

const list = staffRoute({
  operationId: "listTrackingBookEntries",
  method: "get",
  path: "/",
  tag,
  summary: "The tracking book (sổ theo dõi) of a year, in the order entries were made",
  description: filters,
  permission: "discipline:read",
  request: { params: TenantParams, query: PageParams.extend(TrackingBookQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(TrackingBookEntry, "TrackingBookPage"), "A page of entries"),
    400: problemContent("Bad query"),
  },
});

const csv = staffRoute({
  operationId: "exportTrackingBookCsv",
  method: "get",
  path: "/",
  tag,
  summary: "The tracking book of a year as CSV (UTF-8 with BOM, for Excel)",
  description: `${filters} Every matching entry, one row each, header in Vietnamese, dates as dd/mm/yyyy.`,
  permission: "discipline:read",
  request: { params: TenantParams, query: TrackingBookQuery },
  responses: {
    200: { description: "so-theo-doi-YYYY.csv", content: { "text/csv": { schema: z.string() } } },
    400: problemContent("Bad query"),
  },
});

const get = staffRoute({
  operationId: "getTrackingBookEntry",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One tracking-book entry, annulled or not",
  permission: "discipline:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(TrackingBookEntry, "The entry") },
});

const annul = staffRoute({
  operationId: "annulTrackingBookEntry",
  method: "post",
  path: `/{id}/annul`,
  tag,
  summary: "Annul an entry with a written reason (it stays in the book, marked annulled), voiding reminders",
  description:
    "The annulment voids the reminders named in `voidReminderIds` (by default the one that made the entry): they " +
    "stay on the task, marked voided, but no longer count towards the threshold, so reminders that reach it again " +
    "make a new entry. A task has at most one entry that is not annulled.",
  permission: "discipline:manage",
  request: { params: TenantItemParams, body: jsonBody(AnnulEntry) },
  responses: {
    200: jsonResponse(TrackingBookEntry, "Annulled"),
    400: problemContent(
      "The reason is missing, or shorter than 10 or longer than 2000 characters; or a reminder named to be voided " +
        "is not one of the task's, was voided before, or is named twice (`invalid_reference`)",
    ),
    409: problemContent("Already annulled (`tracking_book_entry_annulled`)"),
  },
});

export const trackingBookRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listTrackingBook(tenantContext(c), c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getTrackingBookEntry(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(annul, async (c) =>
    c.json(await annulTrackingBookEntry(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** `tracking-book.csv`: a sibling path of the book, not inside it. */
export const trackingBookCsvRoutes = createRouter().openapi(csv, async (c) => {
  const file = await exportTrackingBookCsv(tenantContext(c), c.req.valid("query"));
  return c.body(file.body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "Cache-Control": "private, no-store",
  });
});
