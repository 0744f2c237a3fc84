import { auditLog } from "@kycuong/db";
import { type SQL, sql } from "drizzle-orm";
import type { DomainContext } from "../context";
import { newId } from "../context/ids";

/** Fields never written to the audit log, whatever entity they belong to. */
const secretFields = new Set(["passwordHash", "password", "tokenHash", "receiptHash"]);

/**
 * A reporter's contact details: the audit log says they changed, never what
 * they were or became (the log outlives the retention period that erases them).
 */
const personalFields = new Set(["reporterName", "reporterPhone", "reporterEmail"]);
export const PERSONAL_CHANGE: [string, string] = ["hidden", "changed"];

export interface AuditInput {
  tenantId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /**
   * Fields of a new row whose value only the database knows while the batch
   * runs (a number the INSERT assigned), each as an SQL expression read when
   * the audit row is written: recorded as `[null, value]`.
   */
  assignedByDatabase?: Record<string, SQL>;
}

/** `{ field: [before, after] }` for the fields that changed, secrets left out. */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (secretFields.has(key) || key === "updatedAt" || key === "createdAt") continue;
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = personalFields.has(key) ? PERSONAL_CHANGE : [from, to];
  }
  return changes;
}

/**
 * The audit row for a change, as an insert statement to put in the same
 * `db.batch([...])` as the change itself: both land or neither does.
 */
export function auditEntry(ctx: DomainContext, input: AuditInput) {
  const actor = ctx.actor;
  return ctx.db.insert(auditLog).values({
    id: newId(ctx.now),
    tenantId: input.tenantId,
    actorType: actor.type,
    actorId: actor.type === "user" ? actor.userId : actor.type === "system" ? actor.job : null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes: withAssigned(changedFields(input.before, input.after), input.assignedByDatabase),
    requestId: ctx.requestId,
    at: ctx.now.toISOString(),
  });
}

function withAssigned(changes: Record<string, [unknown, unknown]>, assigned: Record<string, SQL> | undefined) {
  if (!assigned) return changes;
  return Object.entries(assigned).reduce(
    (json, [field, value]) => sql`json_set(${json}, ${`$."${field}"`}, json_array(null, ${value}))`,
    sql`${JSON.stringify(changes)}`,
  );
}
