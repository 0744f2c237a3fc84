import { inspections, inTenant, isConstraintFailure } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { illegalInspectionTransition, inspectionChanged } from "./inspection-errors";
import { findInspection } from "./inspection-query";
import type { InspectionRow } from "./inspection-view";

export type InspectionChange = Partial<Pick<InspectionRow, "status" | "startedAt" | "endedAt" | "findings">>;

/**
 * Writes a change to an inspection, with `extra` statements (checklist
 * results) and its audit entry, in one batch. The update matches only the
 * version that was read, so of two people acting at once exactly one wins;
 * the other gets 409 and nothing of theirs is written.
 */
export async function saveInspectionChange(
  ctx: TenantContext,
  before: InspectionRow,
  change: InspectionChange,
  action: string,
  extra: { statements?: BatchItem<"sqlite">[]; audit?: Record<string, unknown> } = {},
): Promise<void> {
  const tenantId = ctx.tenant.id;
  const after = { ...before, ...change, updatedAt: ctx.now.toISOString() };
  try {
    await ctx.db.batch([
      ctx.db
        .update(inspections)
        .set({ ...change, updatedAt: after.updatedAt })
        .where(
          inTenant(
            inspections,
            tenantId,
            eq(inspections.id, before.id),
            eq(inspections.status, before.status),
            eq(inspections.updatedAt, before.updatedAt),
          ),
        ),
      staleGuard(ctx, before.id),
      ...(extra.statements ?? []),
      auditEntry(ctx, {
        tenantId,
        action,
        entityType: "inspection",
        entityId: before.id,
        before,
        after: { ...after, ...extra.audit },
      }),
    ]);
  } catch (error) {
    if (!isInspectionStatusCheck(error)) throw error;
    const { inspection: current } = await findInspection(ctx, before.id);
    throw current.status === before.status
      ? inspectionChanged()
      : illegalInspectionTransition(current.status, change.status ?? before.status);
  }
}

/** When the guarded update matched nothing, this breaks the status CHECK and the whole batch rolls back. */
function staleGuard(ctx: TenantContext, id: string) {
  return ctx.db
    .update(inspections)
    .set({ status: sql`'inspection_changed'` })
    .where(inTenant(inspections, ctx.tenant.id, eq(inspections.id, id), sql`changes() = 0`));
}

function isInspectionStatusCheck(error: unknown): boolean {
  return isConstraintFailure(error, "CHECK", "inspections_status_check");
}
