import { inTenant, isConstraintFailure, violationRecords } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { TenantContext } from "../context";
import { recordChanged } from "./violation-errors";
import type { RecordRow } from "./violation-query";

type RecordChange = Partial<Omit<RecordRow, "id" | "tenantId" | "createdAt">>;

/**
 * The lost-update guard for every write on a record (as tasks/save-task-change.ts):
 * the update matches only the version of the record that was read; when it
 * matched nothing, the next statement sets a status no record may hold, the
 * CHECK fails and the whole batch rolls back. Writes on a record's officials,
 * evidence or reports go in the same batch, so they serialise on the record.
 */
export function guardedRecordUpdate(ctx: TenantContext, before: RecordRow, change: RecordChange) {
  const tenantId = ctx.tenant.id;
  return [
    ctx.db
      .update(violationRecords)
      .set({ ...change, updatedAt: ctx.now.toISOString() })
      .where(
        inTenant(
          violationRecords,
          tenantId,
          eq(violationRecords.id, before.id),
          eq(violationRecords.status, before.status),
          eq(violationRecords.updatedAt, before.updatedAt),
        ),
      ),
    ctx.db
      .update(violationRecords)
      .set({ status: sql`'violation_record_changed'` })
      .where(inTenant(violationRecords, tenantId, eq(violationRecords.id, before.id), sql`changes() = 0`)),
  ] as const;
}

/** Runs a batch that holds a guarded update; a lost race becomes 409 `violation_record_changed`. */
export async function runGuarded(
  ctx: TenantContext,
  statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]],
): Promise<void> {
  try {
    await ctx.db.batch(statements);
  } catch (error) {
    if (isRecordStatusCheck(error)) throw recordChanged();
    throw error;
  }
}

export function isRecordStatusCheck(error: unknown): boolean {
  return isConstraintFailure(error, "CHECK", "violation_records_status_check");
}
