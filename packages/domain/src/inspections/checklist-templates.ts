import { checklistTemplates, inTenant } from "@kycuong/db";
import { asc } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import type { CreateChecklistTemplate } from "./inspection-input";
import { type ChecklistTemplate, toChecklistTemplate } from "./inspection-view";

/** A checklist template: items `{ code, label }` in the order inspectors go through them. */
export async function createChecklistTemplate(
  ctx: TenantContext,
  input: CreateChecklistTemplate,
): Promise<ChecklistTemplate> {
  assertCan(ctx, "inspections:manage");
  const at = ctx.now.toISOString();
  const row = { id: newId(ctx.now), tenantId: ctx.tenant.id, ...input, active: true, createdAt: at, updatedAt: at };
  await ctx.db.batch([
    ctx.db.insert(checklistTemplates).values(row),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "checklist_template.created",
      entityType: "checklist_template",
      entityId: row.id,
      after: row,
    }),
  ]);
  return toChecklistTemplate(row);
}

/** The tenant's checklist templates, oldest first (a handful per tenant: no paging). */
export async function listChecklistTemplates(ctx: TenantContext): Promise<{ items: ChecklistTemplate[] }> {
  assertCan(ctx, "inspections:read");
  const rows = await ctx.db
    .select()
    .from(checklistTemplates)
    .where(inTenant(checklistTemplates, ctx.tenant.id))
    .orderBy(asc(checklistTemplates.id));
  return { items: rows.map(toChecklistTemplate) };
}
