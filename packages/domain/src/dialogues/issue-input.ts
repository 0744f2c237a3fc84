import { conclusionStatuses, dialogueOutcomes } from "@kycuong/db";
import { z } from "zod";
import { LocalDate } from "../input/dates";
import { Id } from "../input/ids";
import { text } from "../input/text";

const issueFields = {
  /** What was raised. */
  content: text({ min: 1, max: 5000 }),
  /** Who raised it, as free text; empty or null = anonymous. */
  raisedBy: text({ min: 0, max: 200 })
    .nullable()
    .transform((value) => (value === "" ? null : value)),
  /** Bức xúc, nổi cộm: counted by the on-the-spot KPI (R6). */
  pressing: z.boolean(),
  /** The chair's conclusion; required for an assigned issue, since it is what the unit must do. */
  conclusion: text({ min: 1, max: 5000 }).nullable(),
};

const outcomeFields = {
  outcome: z.enum(dialogueOutcomes),
  /** Only with outcome `not_in_scope`, and required there. */
  notInScopeReason: text({ min: 5, max: 2000 }),
  /** Only with outcome `assigned`, and required there: the unit that must resolve the conclusion. */
  assignedUnitId: Id,
  /** Only with outcome `assigned`: overrides the deadline (session date + N months); never before the session. */
  dueOn: LocalDate,
};

type OutcomeInput = {
  outcome?: (typeof dialogueOutcomes)[number];
  notInScopeReason?: string;
  assignedUnitId?: string;
  dueOn?: string;
  conclusion?: string | null;
};

/**
 * Each outcome takes exactly its own fields, so an issue can never be, say,
 * resolved on the spot and assigned to a unit at once. On update the outcome
 * block is replaced as a whole: send `outcome` with the fields it needs.
 */
function checkOutcome(value: OutcomeInput, issues: z.core.$RefinementCtx<OutcomeInput>): void {
  const fieldsOf = {
    assigned: ["assignedUnitId", "dueOn"],
    not_in_scope: ["notInScopeReason"],
    resolved_on_the_spot: [],
  } as const;
  const allowed: readonly string[] = value.outcome ? fieldsOf[value.outcome] : [];
  for (const field of ["assignedUnitId", "dueOn", "notInScopeReason"] as const) {
    if (value[field] !== undefined && !allowed.includes(field)) {
      issues.addIssue({
        code: "custom",
        path: [field],
        message: value.outcome
          ? `Không dùng với outcome ${value.outcome} · Not allowed with outcome ${value.outcome}`
          : "Chỉ gửi kèm outcome · Send it together with outcome",
      });
    }
  }
  const missing = (path: string) =>
    issues.addIssue({
      code: "custom",
      path: [path],
      message: `Bắt buộc khi outcome là ${value.outcome} · Required when outcome is ${value.outcome}`,
    });
  if (value.outcome === "assigned" && !value.assignedUnitId) missing("assignedUnitId");
  if (value.outcome === "not_in_scope" && !value.notInScopeReason) missing("notInScopeReason");
}

export const CreateDialogueIssue = z
  .strictObject({
    ...issueFields,
    raisedBy: issueFields.raisedBy.default(null),
    conclusion: issueFields.conclusion.default(null),
    ...outcomeFields,
    notInScopeReason: outcomeFields.notInScopeReason.optional(),
    assignedUnitId: outcomeFields.assignedUnitId.optional(),
    dueOn: outcomeFields.dueOn.optional(),
  })
  .superRefine((value, issues) => {
    checkOutcome(value, issues);
    if (value.outcome === "assigned" && !value.conclusion) {
      issues.addIssue({
        code: "custom",
        path: ["conclusion"],
        message: "Bắt buộc khi outcome là assigned · Required when outcome is assigned",
      });
    }
  });
export type CreateDialogueIssue = z.infer<typeof CreateDialogueIssue>;

/** Text fields change at any time; the outcome block only while no progress has been recorded. */
export const UpdateDialogueIssue = z
  .strictObject({ ...issueFields, ...outcomeFields })
  .partial()
  .superRefine((value, issues) => checkOutcome(value, issues));
export type UpdateDialogueIssue = z.infer<typeof UpdateDialogueIssue>;

/** The body of `POST …/issues/{issueId}/progress`: assigned → in_progress → resolved. */
export const ConclusionProgress = z.discriminatedUnion(
  "to",
  [
    z.strictObject({ to: z.literal("in_progress") }),
    z.strictObject({
      to: z.literal("resolved"),
      /** What was done. */
      resolutionResult: text({ min: 5, max: 5000 }),
      /** The local date it was resolved: not after today, not before the session. */
      resolvedOn: LocalDate,
    }),
  ],
  { error: "Trạng thái đích phải là in_progress hoặc resolved · `to` must be in_progress or resolved" },
);
export type ConclusionProgress = z.infer<typeof ConclusionProgress>;

const status = z.enum(conclusionStatuses);

export const ConclusionListQuery = z.object({
  /** One status, or several as a repeated parameter. */
  status: z.union([status, z.array(status).max(conclusionStatuses.length)]).optional(),
  /** The unit the conclusion is assigned to (that unit exactly, not its sub-units). */
  unitId: Id.optional(),
  /** Past the deadline and not resolved (`true`), or the others (`false`). */
  overdue: z.enum(["true", "false"]).optional(),
  sessionId: Id.optional(),
});
export type ConclusionListQuery = z.infer<typeof ConclusionListQuery>;
