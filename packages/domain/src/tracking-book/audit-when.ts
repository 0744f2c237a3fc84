import { auditLog } from "@kycuong/db";
import { type SQL, sql } from "drizzle-orm";
import { type AuditInput, changedFields } from "../audit/audit-entry";
import type { DomainContext } from "../context";
import { newId } from "../context/ids";

/**
 * An audit row that is written only if `condition` holds when the batch
 * reaches it. A batch cannot branch, and whether a conditional insert or a
 * guarded update took effect is known only inside the database, so the
 * audit row asks the same question there instead of trusting a guess made
 * in JS before the batch ran.
 */
export function auditEntryWhen(ctx: DomainContext, input: AuditInput, condition: SQL) {
  const actor = ctx.actor;
  const actorId = actor.type === "user" ? actor.userId : actor.type === "system" ? actor.job : null;
  const changes = JSON.stringify(changedFields(input.before, input.after));
  return ctx.db.run(sql`
    insert into ${auditLog} (id, tenant_id, actor_type, actor_id, action, entity_type, entity_id, changes, request_id, at)
    select ${newId(ctx.now)}, ${input.tenantId}, ${actor.type}, ${actorId}, ${input.action}, ${input.entityType},
      ${input.entityId}, ${changes}, ${ctx.requestId}, ${ctx.now.toISOString()}
    where ${condition}`);
}
