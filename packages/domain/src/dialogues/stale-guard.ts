import { dialogueIssues, dialogueSessions, inTenant, isConstraintFailure } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";

/**
 * Lost-update guards, as in reports/workflow/transition-report.ts: put one
 * right after an update that only matches the version that was read. When
 * that update matched no row, the guard writes NULL into a NOT NULL column,
 * the statement fails and the whole batch rolls back (a batch has no IF, but
 * a failing statement aborts it). `created_at` is never written otherwise,
 * so its NOT NULL failure can only be the guard's.
 */
export function sessionStaleGuard(ctx: TenantContext, id: string) {
  return ctx.db
    .update(dialogueSessions)
    .set({ createdAt: sql`null` })
    .where(inTenant(dialogueSessions, ctx.tenant.id, eq(dialogueSessions.id, id), sql`changes() = 0`));
}

export function issueStaleGuard(ctx: TenantContext, id: string) {
  return ctx.db
    .update(dialogueIssues)
    .set({ createdAt: sql`null` })
    .where(inTenant(dialogueIssues, ctx.tenant.id, eq(dialogueIssues.id, id), sql`changes() = 0`));
}

export function isStaleGuard(error: unknown, table: "dialogue_sessions" | "dialogue_issues"): boolean {
  return isConstraintFailure(error, "NOT NULL", `${table}.created_at`);
}

export function dialogueChanged(): DomainError {
  return new DomainError(
    "dialogue_changed",
    "Buổi đối thoại vừa được người khác thay đổi; hãy tải lại rồi thử lại · The dialogue session was changed by someone else meanwhile; reload it and try again",
  );
}

export function issueChanged(): DomainError {
  return new DomainError(
    "dialogue_issue_changed",
    "Vấn đề này vừa được người khác thay đổi; hãy tải lại rồi thử lại · The issue was changed by someone else meanwhile; reload it and try again",
  );
}
