import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { officials } from "./officials";
import { tenants } from "./tenants";
import { units } from "./units";

/**
 * A dialogue session between leaders and the people (đối thoại, R4), hosted
 * by a unit (a commune), chaired by an official (e.g. the Party Secretary).
 */
export const dialogueSessions = sqliteTable(
  "dialogue_sessions",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    level: text("level", { enum: ["district", "commune"] }).notNull(),
    hostUnitId: text("host_unit_id")
      .notNull()
      .references(() => units.id),
    heldOn: text("held_on").notNull(),
    place: text("place").notNull(),
    chairOfficialId: text("chair_official_id").references(() => officials.id),
    chairName: text("chair_name").notNull(),
    participantsCount: integer("participants_count"),
    minutesRef: text("minutes_ref"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("dialogue_sessions_tenant_held_idx").on(t.tenantId, t.heldOn)],
);

export const dialogueOutcomes = ["resolved_on_the_spot", "assigned", "not_in_scope"] as const;
export const conclusionStatuses = ["assigned", "in_progress", "resolved"] as const;

/**
 * An issue raised at a session, with the chair's conclusion and its outcome.
 * An `assigned` conclusion has a responsible unit and a deadline (session
 * date + N calendar months, R5) and moves assigned → in_progress → resolved.
 */
export const dialogueIssues = sqliteTable(
  "dialogue_issues",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    sessionId: text("session_id")
      .notNull()
      .references(() => dialogueSessions.id),
    content: text("content").notNull(),
    raisedBy: text("raised_by"),
    pressing: integer("pressing", { mode: "boolean" }).notNull(),
    conclusion: text("conclusion"),
    outcome: text("outcome", { enum: dialogueOutcomes }).notNull(),
    notInScopeReason: text("not_in_scope_reason"),
    assignedUnitId: text("assigned_unit_id").references(() => units.id),
    dueOn: text("due_on"),
    dueAt: text("due_at"),
    conclusionStatus: text("conclusion_status", { enum: conclusionStatuses }),
    resolutionResult: text("resolution_result"),
    resolvedOn: text("resolved_on"),
    resolvedAt: text("resolved_at"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("dialogue_issues_tenant_session_idx").on(t.tenantId, t.sessionId),
    index("dialogue_issues_tenant_unit_idx").on(t.tenantId, t.assignedUnitId, t.dueAt),
    // Overdue alerts: open conclusions by deadline.
    index("dialogue_issues_tenant_conclusion_due_idx").on(t.tenantId, t.conclusionStatus, t.dueAt),
    check(
      "dialogue_issues_assigned_check",
      sql`(${t.outcome} = 'assigned') = (${t.assignedUnitId} is not null and ${t.dueAt} is not null and ${t.conclusionStatus} is not null)`,
    ),
  ],
);
