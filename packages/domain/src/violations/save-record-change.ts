import { guardedUpdate, violationRecords } from "@kycuong/db";
import type { TenantContext } from "../context";
import type { RecordRow } from "./violation-query";

type RecordChange = Partial<Omit<RecordRow, "id" | "tenantId" | "createdAt">>;

/**
 * The lost-update guard for every write on a record: the update matches only
 * the version of the record that was read (its status and `updatedAt`). Writes
 * on a record's officials, evidence or reports go in the same batch, run by
 * `writeGuarded(ctx, [...], recordChanged)`, so they serialise on the record
 * and a lost race writes nothing and answers 409 `violation_record_changed`.
 */
export function guardedRecordUpdate(ctx: TenantContext, before: RecordRow, change: RecordChange) {
  return guardedUpdate(ctx.db, {
    table: violationRecords,
    row: { tenantId: ctx.tenant.id, id: before.id },
    read: { status: before.status, updatedAt: before.updatedAt },
    set: { ...change, updatedAt: ctx.now.toISOString() },
  });
}
