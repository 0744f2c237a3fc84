import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Append-only record of every state change and login. No route updates or
 * deletes it. `tenantId` is null only for platform-level actions.
 * `changes` holds `{ field: [before, after] }`; secrets never enter it.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id"),
    actorType: text("actor_type", { enum: ["user", "system", "public"] }).notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    changes: text("changes", { mode: "json" }).$type<Record<string, [unknown, unknown]>>(),
    requestId: text("request_id").notNull(),
    at: text("at").notNull(),
  },
  (t) => [
    index("audit_tenant_entity_idx").on(t.tenantId, t.entityType, t.entityId, t.at),
    index("audit_tenant_at_idx").on(t.tenantId, t.at),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
