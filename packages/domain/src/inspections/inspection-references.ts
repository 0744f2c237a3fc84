import { checklistTemplates, inspectionTeams, inTenant, officials, units } from "@kycuong/db";
import { eq, inArray } from "drizzle-orm";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import { invalidReference } from "../errors";
import type { TemplateRow } from "./inspection-view";

/**
 * Checks that every id points at an official of this tenant; another
 * tenant's official fails exactly like a missing one.
 */
export async function assertOfficialsExist(ctx: TenantContext, ids: string[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await ctx.db
    .select({ id: officials.id })
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, inArray(officials.id, ids)));
  const found = new Set(rows.map((row) => row.id));
  const index = ids.findIndex((id) => !found.has(id));
  if (index >= 0) {
    throw invalidReference(ids.length === 1 && !path.endsWith("Ids") ? path : `${path}.${index}`, "official");
  }
}

/** The inspected units must be this tenant's and still working. */
export async function assertActiveUnits(ctx: TenantContext, ids: string[], path: string): Promise<void> {
  const rows = await ctx.db
    .select({ id: units.id, active: units.active })
    .from(units)
    .where(inTenant(units, ctx.tenant.id, inArray(units.id, ids)));
  const active = new Map(rows.map((row) => [row.id, row.active]));
  const index = ids.findIndex((id) => !active.get(id));
  if (index < 0) return;
  throw invalidReference(`${path}.${index}`, "unit", active.has(ids[index] ?? "") ? "inactive" : "missing");
}

/** An inspection is run by a team of this tenant within its active period (local dates, inclusive). */
export async function assertActiveTeam(ctx: TenantContext, id: string, path: string): Promise<void> {
  const [row] = await ctx.db
    .select({ activeFrom: inspectionTeams.activeFrom, activeTo: inspectionTeams.activeTo })
    .from(inspectionTeams)
    .where(inTenant(inspectionTeams, ctx.tenant.id, eq(inspectionTeams.id, id)))
    .limit(1);
  if (!row) throw invalidReference(path, "inspection_team");
  const today = localDate(ctx.now, ctx.tenant.timezone);
  if (row.activeFrom > today || (row.activeTo !== null && row.activeTo < today)) {
    throw invalidReference(path, "inspection_team", "inactive");
  }
}

/** An active checklist template of this tenant. */
export async function findActiveTemplate(ctx: TenantContext, id: string, path: string): Promise<TemplateRow> {
  const [row] = await ctx.db
    .select()
    .from(checklistTemplates)
    .where(inTenant(checklistTemplates, ctx.tenant.id, eq(checklistTemplates.id, id)))
    .limit(1);
  if (!row?.active) throw invalidReference(path, "checklist_template", row ? "inactive" : "missing");
  return row;
}
