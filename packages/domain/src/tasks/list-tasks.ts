import { tasks } from "@kycuong/db";
import { and, eq, gte, lt, lte, ne, or, type SQL } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { dueAfterWorkingDays, workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { TaskListQuery } from "./task-input";
import { selectTasks } from "./task-query";
import { type Task, toTask } from "./task-view";

/** Tasks newest first, a unit head's limited to their unit's subtree. */
export async function listTasks(ctx: TenantContext, query: TaskListQuery & PageQuery): Promise<Page<Task>> {
  assertCan(ctx, "discipline:read");
  const before = decodeCursor(query.cursor);
  const rows = await selectTasks(
    ctx,
    "discipline:read",
    [
      query.status ? eq(tasks.status, query.status) : undefined,
      query.unitId ? eq(tasks.unitId, query.unitId) : undefined,
      query.overdue ? overdueCondition(query.overdue === "true", ctx.now) : undefined,
      query.due ? dueCondition(ctx, query.due) : undefined,
      query.dueFrom ? gte(tasks.dueOn, query.dueFrom) : undefined,
      query.dueTo ? lte(tasks.dueOn, query.dueTo) : undefined,
      before ? lt(tasks.id, before) : undefined,
    ],
    query.limit + 1,
  );
  const page = toPage(
    rows.map((row) => ({ ...row, id: row.task.id })),
    query.limit,
  );
  return { items: page.items.map((row) => toTask(row, ctx.now)), nextCursor: page.nextCursor };
}

/** `overdue`: open and past due; `soon`: open and due from now to the end of the due-soon horizon, as in the digests. */
function dueCondition(ctx: TenantContext, due: "overdue" | "soon"): SQL | undefined {
  if (due === "overdue") return overdueCondition(true, ctx.now);
  const horizon = dueAfterWorkingDays(
    workingCalendar(ctx.tenant),
    ctx.now,
    ctx.tenant.settings.alertDueSoonWorkingDays,
  );
  return and(
    eq(tasks.status, "open"),
    gte(tasks.dueAt, ctx.now.toISOString()),
    lte(tasks.dueAt, horizon.toISOString()),
  );
}

/** Instants are stored as `toISOString()` text, so comparing strings compares times. */
function overdueCondition(wanted: boolean, now: Date): SQL | undefined {
  const at = now.toISOString();
  return wanted
    ? and(eq(tasks.status, "open"), lt(tasks.dueAt, at))
    : or(ne(tasks.status, "open"), gte(tasks.dueAt, at));
}
