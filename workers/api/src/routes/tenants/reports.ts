import { z } from "@hono/zod-openapi";
import { reportChannels } from "@kycuong/db";
import {
  addStaffNote,
  getReport,
  listReports,
  ReportEvent,
  ReportListItem,
  ReportListQuery,
  ReportTransition,
  recordStaffReport,
  StaffNote,
  StaffRecordReport,
  StaffReport,
  transitionReport,
} from "@kycuong/domain/reports";
import { answerLinkBase, sendAnswerNow } from "../../console/report-answer";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Hotline reports";

/** What the officer reads back to the caller: the receipt is shown this once and never again. */
export const RecordedReport = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    receipt: z.string(),
    status: z.literal("received"),
    channel: z.enum(reportChannels),
    dueAt: z.string(),
    createdAt: z.string(),
    category: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  })
  .openapi("StaffRecordedReport");

const record = staffRoute({
  operationId: "recordReport",
  method: "post",
  path: "/",
  tag,
  summary: "Record a report taken by phone, email or in person, on the caller's behalf",
  description:
    "The public form's fields plus `channel` (phone, email, in_person). Answers the tracking code and the receipt, " +
    "which is shown only here: read both back to the caller.",
  permission: "reports:triage",
  request: { params: TenantParams, body: jsonBody(StaffRecordReport) },
  responses: {
    201: jsonResponse(RecordedReport, "Recorded"),
    400: problemContent("Invalid report, an unknown category or a unit not in this tenant"),
  },
});

const list = staffRoute({
  operationId: "listReports",
  method: "get",
  path: "/",
  tag,
  summary: "List reports, newest first (a unit head sees only those assigned to their unit's subtree)",
  description:
    "Filters: `status` (repeat it for several), `category` (a category code), `unitId` (the assigned unit exactly), " +
    "`unassigned=true|false` (no unit assigned yet, or one is), " +
    "`overdue=true|false`, `from`/`to` (received in [from, to), ISO 8601 with offset), `q` (text in the description). " +
    "Newest first by arrival; `nextCursor` continues after the last item.",
  permission: "reports:read",
  request: { params: TenantParams, query: PageParams.extend(ReportListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(ReportListItem, "ReportPage"), "A page of reports"),
    400: problemContent("Bad query"),
  },
});

const get = staffRoute({
  operationId: "getReport",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One report: reporter contact, attachments, the whole timeline with internal notes, officials concerned",
  permission: "reports:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(StaffReport, "The report") },
});

const transition = staffRoute({
  operationId: "transitionReport",
  method: "post",
  path: `/{id}/transitions`,
  tag,
  summary: "Move a report to another status",
  description:
    "received → accepted | rejected (`reason`) | duplicate (`duplicateOfId` or `duplicateOfCode`); accepted → assigned (`unitId`, optional " +
    "`dueAt`) | rejected | duplicate; assigned → in_progress | assigned (reassign); in_progress → resolved (`finding`, " +
    "`answer`, `officialIds` when upheld); resolved → closed | reopened (`reason`); closed → reopened; reopened → " +
    "assigned | in_progress. A unit head may only move their subtree's reports to in_progress and resolved; " +
    "everything else needs `reports:triage`.",
  permission: "reports:resolve",
  request: { params: TenantItemParams, body: jsonBody(ReportTransition) },
  responses: {
    200: jsonResponse(StaffReport, "The report after the move"),
    400: problemContent("Missing or invalid fields, or an id of nothing in this tenant (`invalid_reference`)"),
    409: problemContent(
      "Not allowed from the current status (`illegal_transition`), or changed by someone else meanwhile (`report_changed`)",
    ),
  },
});

const note = staffRoute({
  operationId: "addReportNote",
  method: "post",
  path: `/{id}/notes`,
  tag,
  summary: "Add an internal note (never shown to the reporter)",
  permission: "reports:resolve",
  request: { params: TenantItemParams, body: jsonBody(StaffNote) },
  responses: {
    201: jsonResponse(ReportEvent, "The note, as it appears in the staff timeline"),
    400: problemContent("Empty note"),
  },
});

export const reportRoutes = createRouter()
  .openapi(record, async (c) => {
    const { replayed: _, ...recorded } = await recordStaffReport(tenantContext(c), c.req.valid("json"));
    return c.json(recorded, 201);
  })
  .openapi(list, async (c) => c.json(await listReports(tenantContext(c), c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getReport(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(transition, async (c) => {
    const report = await transitionReport(tenantContext(c), c.req.valid("param").id, c.req.valid("json"), {
      linkBase: answerLinkBase(c),
    });
    sendAnswerNow(c, report);
    return c.json(report, 200);
  })
  .openapi(note, async (c) =>
    c.json(await addStaffNote(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
