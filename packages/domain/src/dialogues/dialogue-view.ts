import { conclusionStatuses, type dialogueIssues, dialogueOutcomes, type dialogueSessions } from "@kycuong/db";
import { z } from "zod";
import { dialogueLevels } from "./dialogue-input";

export type DialogueSessionRow = typeof dialogueSessions.$inferSelect;
export type DialogueIssueRow = typeof dialogueIssues.$inferSelect;

/** A unit named, so a list needs no second look-up. */
const NamedUnit = z.object({ id: z.string(), name: z.string() });
type NamedUnit = z.infer<typeof NamedUnit>;

export const DialogueSession = z
  .object({
    id: z.string(),
    level: z.enum(dialogueLevels),
    hostUnit: NamedUnit,
    heldOn: z.string(),
    place: z.string(),
    chairOfficialId: z.string().nullable(),
    chairName: z.string(),
    participantsCount: z.int().nullable(),
    minutesRef: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "DialogueSession" });
export type DialogueSession = z.infer<typeof DialogueSession>;

export const DialogueIssue = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    content: z.string(),
    /** null: raised anonymously. */
    raisedBy: z.string().nullable(),
    pressing: z.boolean(),
    conclusion: z.string().nullable(),
    outcome: z.enum(dialogueOutcomes),
    notInScopeReason: z.string().nullable(),
    /** The rest is set only for an `assigned` conclusion. */
    assignedUnit: NamedUnit.nullable(),
    /** Local date: session date + the tenant's months, unless set explicitly. */
    dueOn: z.string().nullable(),
    /** The end of `dueOn` in the tenant's time zone, as a UTC instant. */
    dueAt: z.string().nullable(),
    conclusionStatus: z.enum(conclusionStatuses).nullable(),
    resolutionResult: z.string().nullable(),
    resolvedOn: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    /** Assigned, not resolved, and the deadline has passed. */
    overdue: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "DialogueIssue" });
export type DialogueIssue = z.infer<typeof DialogueIssue>;

export const DialogueDetail = DialogueSession.extend({ issues: z.array(DialogueIssue) }).meta({ id: "DialogueDetail" });
export type DialogueDetail = z.infer<typeof DialogueDetail>;

/** A conclusion in the cross-session list: the issue and the session it came from. */
export const DialogueConclusion = DialogueIssue.extend({
  session: z.object({ id: z.string(), heldOn: z.string(), place: z.string(), hostUnitId: z.string() }),
}).meta({ id: "DialogueConclusion" });
export type DialogueConclusion = z.infer<typeof DialogueConclusion>;

export function toDialogueSession(row: DialogueSessionRow, hostUnit: NamedUnit): DialogueSession {
  return {
    id: row.id,
    level: row.level,
    hostUnit,
    heldOn: row.heldOn,
    place: row.place,
    chairOfficialId: row.chairOfficialId,
    chairName: row.chairName,
    participantsCount: row.participantsCount,
    minutesRef: row.minutesRef,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Instants are `toISOString()` text, so comparing strings compares times. */
export function isOverdue(row: DialogueIssueRow, now: Date): boolean {
  return (
    row.outcome === "assigned" && row.conclusionStatus !== "resolved" && !!row.dueAt && now.toISOString() > row.dueAt
  );
}

export function toDialogueIssue(row: DialogueIssueRow, assignedUnit: NamedUnit | null, now: Date): DialogueIssue {
  return {
    id: row.id,
    sessionId: row.sessionId,
    content: row.content,
    raisedBy: row.raisedBy,
    pressing: row.pressing,
    conclusion: row.conclusion,
    outcome: row.outcome,
    notInScopeReason: row.notInScopeReason,
    assignedUnit: row.assignedUnitId && assignedUnit?.id ? assignedUnit : null,
    dueOn: row.dueOn,
    dueAt: row.dueAt,
    conclusionStatus: row.conclusionStatus,
    resolutionResult: row.resolutionResult,
    resolvedOn: row.resolvedOn,
    resolvedAt: row.resolvedAt,
    overdue: isOverdue(row, now),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
