import { dialogueSessions } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { assertOfficialExists, assertUnitExists } from "../units/references";
import { assertNotInFuture } from "./dialogue-dates";
import type { CreateDialogue } from "./dialogue-input";
import type { DialogueDetail } from "./dialogue-view";
import { getDialogue } from "./get-dialogue";

/** Records a dialogue session (R4); its issues are added one by one afterwards. */
export async function createDialogue(ctx: TenantContext, input: CreateDialogue): Promise<DialogueDetail> {
  assertCan(ctx, "discipline:manage");
  assertNotInFuture(ctx, input.heldOn, "body.heldOn");
  await assertUnitExists(ctx, input.hostUnitId, "body.hostUnitId");
  if (input.chairOfficialId) await assertOfficialExists(ctx, input.chairOfficialId, "body.chairOfficialId");
  const at = ctx.now.toISOString();
  const row = { id: newId(ctx.now), tenantId: ctx.tenant.id, ...input, createdAt: at, updatedAt: at };
  await ctx.db.batch([
    ctx.db.insert(dialogueSessions).values(row),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "dialogue.created",
      entityType: "dialogue_session",
      entityId: row.id,
      after: row,
    }),
  ]);
  return getDialogue(ctx, row.id);
}
