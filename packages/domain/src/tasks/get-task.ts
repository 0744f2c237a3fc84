import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { findTask } from "./task-query";
import { type Task, toTask } from "./task-view";

export async function getTask(ctx: TenantContext, id: string): Promise<Task> {
  assertCan(ctx, "discipline:read");
  return toTask(await findTask(ctx, id), ctx.now);
}
