import { guardedUpdate, inspections } from "@kycuong/db";
import type { BatchItem } from "drizzle-orm/batch";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { writeGuarded } from "../guarded-write";
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
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: inspections,
        row: { tenantId, id: before.id },
        read: { status: before.status, updatedAt: before.updatedAt },
        set: { ...change, updatedAt: after.updatedAt },
      }),
      ...(extra.statements ?? []),
      auditEntry(ctx, {
        tenantId,
        action,
        entityType: "inspection",
        entityId: before.id,
        before,
        after: { ...after, ...extra.audit },
      }),
    ],
    async () => {
      const { inspection: current } = await findInspection(ctx, before.id, "inspections:manage");
      return current.status === before.status
        ? inspectionChanged()
        : illegalInspectionTransition(current.status, change.status ?? before.status);
    },
  );
}
