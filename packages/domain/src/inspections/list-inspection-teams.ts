import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import type { InspectionTeam } from "./inspection-view";
import { selectTeams, teamsBefore, withoutRow } from "./team-query";

/** Inspection teams, newest first. */
export async function listInspectionTeams(ctx: TenantContext, query: PageQuery): Promise<Page<InspectionTeam>> {
  assertCan(ctx, "inspections:read");
  const rows = await selectTeams(ctx, [teamsBefore(decodeCursor(query.cursor))], query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(withoutRow), nextCursor: page.nextCursor };
}
