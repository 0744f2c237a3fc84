import { TodaysWork, todaysWork } from "@kycuong/domain/alerts";
import { jsonResponse, TenantParams } from "../../http/common-schemas";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

const today = staffRoute({
  operationId: "getMyTodaysWork",
  method: "get",
  path: "/today",
  tag: "Today",
  summary: "What the signed-in user has to do today: one section per role they hold",
  description:
    "The same answer the staff console's home (`/t/{slug}/app`) shows. A unit head (`unitHead`) gets exactly " +
    "this morning's digest for their unit and every unit under it — the same items, order and working days " +
    "overdue — grouped by kind, then what is due later; a hotline officer (`hotline`) the new unassigned " +
    "reports and the reports overdue by unit; the party office (`partyOffice`) tasks overdue and due soon, " +
    "overdue tasks to consider a written reminder for, this year's tracking book and overdue dialogue " +
    "conclusions; an inspector (`inspector`) draft records, records awaiting explanations or a decision and " +
    "inspections in progress; tenant admins and viewers (`leadership`) the leadership digest's sections and " +
    "the open items by unit. A section is null when the user does not hold its role. Each item's `path` is " +
    "its console page.",
  permission: "organisation:read",
  request: { params: TenantParams },
  responses: { 200: jsonResponse(TodaysWork, "The user's work for today") },
});

export const meRoutes = createRouter().openapi(today, async (c) => c.json(await todaysWork(tenantContext(c)), 200));
