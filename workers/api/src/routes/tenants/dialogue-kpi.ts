import {
  DialogueKpiQuery,
  getDialogueKpi,
  getPeriodDialogueKpi,
  PeriodDialogueKpi,
  SessionDialogueKpi,
} from "@kycuong/domain/kpi";
import { jsonResponse, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Dialogues";

/** The definitions, as the README states them: the numbers decide evaluations, so they are spelled out. */
const definitions =
  "**onTheSpot** (R6): `numerator` = pressing issues resolved on the spot, `denominator` = pressing issues raised, " +
  "`rate` = numerator ÷ denominator, unrounded (null when nothing pressing was raised: no rate, never 0 or 1), " +
  "`target` = the tenant's `onTheSpotTarget`, `met` = rate ≥ target (null when rate is null), decided in integers " +
  "on the target's decimal: 6/7 against 0.83 is met because 6 × 100 ≥ 83 × 7. " +
  "**conclusions** (R5), over assigned conclusions, judged at `computedAt`: `due` = deadline passed or resolved, " +
  "`resolvedWithinDeadline` = resolved with resolvedAt ≤ dueAt, `rate` = resolvedWithinDeadline ÷ due (null when " +
  "nothing is due), `openOverdue` = not resolved and past dueAt, `total` = every assigned conclusion.";

const sessionKpi = staffRoute({
  operationId: "getDialogueSessionKpi",
  method: "get",
  path: "/{id}/kpi",
  tag,
  summary: "The on-the-spot rate and the conclusions' timeliness for one session",
  description: definitions,
  permission: "discipline:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(SessionDialogueKpi, "The session's KPIs") },
});

const periodKpi = staffRoute({
  operationId: "getDialogueKpi",
  method: "get",
  path: "/dialogues",
  tag,
  summary: "The same KPIs pooled over a period and a unit subtree",
  description:
    "Sessions held from `from` to `to` (local dates in the tenant's time zone, both inclusive, compared with the " +
    "session date) and hosted by `unit` or any unit under it; counts are added up across sessions, never rates " +
    `averaged. A unit head's answer covers their own subtree only. ${definitions}`,
  permission: "discipline:read",
  request: { params: TenantParams, query: DialogueKpiQuery },
  responses: {
    200: jsonResponse(PeriodDialogueKpi, "The period's KPIs"),
    400: problemContent("Bad dates, or `to` before `from` (`invalid_period`)"),
  },
});

/** Mounted at `dialogues`: `dialogues/{id}/kpi`. */
export const dialogueKpiRoutes = createRouter().openapi(sessionKpi, async (c) =>
  c.json(await getDialogueKpi(tenantContext(c), c.req.valid("param").id), 200),
);

/** Mounted at `kpi`: `kpi/dialogues`. */
export const kpiRoutes = createRouter().openapi(periodKpi, async (c) =>
  c.json(await getPeriodDialogueKpi(tenantContext(c), c.req.valid("query")), 200),
);
