import { dialogueIssues, dialogueSessions, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { Permission } from "../access/permissions";
import { visibleUnitIds } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { sessionScope } from "./dialogue-scope";
import type { DialogueIssueRow, DialogueSessionRow } from "./dialogue-view";

/** The session's row, or 404 when it is missing, another tenant's, or outside what `permission` reaches. */
export async function loadDialogueRow(
  ctx: TenantContext,
  id: string,
  permission: Permission,
): Promise<DialogueSessionRow> {
  return sessionRow(ctx, id, await visibleUnitIds(ctx, permission));
}

async function sessionRow(ctx: TenantContext, id: string, visible: string[] | null): Promise<DialogueSessionRow> {
  const scope = sessionScope(ctx, visible);
  if (scope === null) throw dialogueNotFound();
  const [row] = await ctx.db
    .select()
    .from(dialogueSessions)
    .where(inTenant(dialogueSessions, ctx.tenant.id, eq(dialogueSessions.id, id), scope))
    .limit(1);
  if (!row) throw dialogueNotFound();
  return row;
}

/**
 * An issue of a session, with the session. `assignee` narrows a unit head
 * (whose `permission` reaches only their subtree) to conclusions assigned to it: they may read a session's
 * other issues but work only on their own.
 */
export async function loadIssueRow(
  ctx: TenantContext,
  sessionId: string,
  issueId: string,
  permission: Permission,
  scope: "session" | "assignee",
): Promise<{ issue: DialogueIssueRow; session: DialogueSessionRow }> {
  const visible = await visibleUnitIds(ctx, permission);
  const session = await sessionRow(ctx, sessionId, visible);
  const [issue] = await ctx.db
    .select()
    .from(dialogueIssues)
    .where(
      inTenant(dialogueIssues, ctx.tenant.id, eq(dialogueIssues.id, issueId), eq(dialogueIssues.sessionId, sessionId)),
    )
    .limit(1);
  if (!issue) throw issueNotFound();
  if (scope === "assignee" && visible && !(issue.assignedUnitId && visible.includes(issue.assignedUnitId))) {
    throw issueNotFound();
  }
  return { issue, session };
}

export function dialogueNotFound() {
  return new DomainError("dialogue_not_found", "Không tìm thấy buổi đối thoại · Dialogue session not found");
}

export function issueNotFound() {
  return new DomainError(
    "dialogue_issue_not_found",
    "Không tìm thấy vấn đề của buổi đối thoại · Dialogue issue not found",
  );
}
