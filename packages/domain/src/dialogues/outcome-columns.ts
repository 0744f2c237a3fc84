import type { dialogueOutcomes } from "@kycuong/db";
import type { TenantContext } from "../context";
import { assertUnitExists } from "../units/references";
import { conclusionDeadline } from "./dialogue-dates";
import type { DialogueIssueRow } from "./dialogue-view";

export interface OutcomeInput {
  outcome: (typeof dialogueOutcomes)[number];
  notInScopeReason?: string;
  assignedUnitId?: string;
  dueOn?: string;
}

export type OutcomeColumns = Pick<
  DialogueIssueRow,
  "outcome" | "notInScopeReason" | "assignedUnitId" | "dueOn" | "dueAt" | "conclusionStatus"
>;

/**
 * Every column an outcome decides, the others cleared: an issue assigned
 * to a unit gets its deadline and starts as `assigned`; the input schema has
 * already made sure each outcome came with exactly its own fields.
 */
export async function outcomeColumns(ctx: TenantContext, heldOn: string, input: OutcomeInput): Promise<OutcomeColumns> {
  const cleared = {
    notInScopeReason: null,
    assignedUnitId: null,
    dueOn: null,
    dueAt: null,
    conclusionStatus: null,
  };
  switch (input.outcome) {
    case "resolved_on_the_spot":
      return { ...cleared, outcome: input.outcome };
    case "not_in_scope":
      return { ...cleared, outcome: input.outcome, notInScopeReason: input.notInScopeReason ?? null };
    case "assigned": {
      const unitId = input.assignedUnitId as string;
      const deadline = conclusionDeadline(ctx.tenant, heldOn, input.dueOn);
      await assertUnitExists(ctx, unitId, "body.assignedUnitId");
      return { ...cleared, outcome: input.outcome, assignedUnitId: unitId, ...deadline, conclusionStatus: "assigned" };
    }
  }
}
