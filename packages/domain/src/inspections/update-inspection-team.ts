import { guardedUpdate, inspectionTeamMembers, inspectionTeams, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { writeGuarded } from "../guarded-write";
import { assertPeriod } from "./create-inspection-team";
import { inspectionTeamChanged } from "./inspection-errors";
import type { UpdateInspectionTeam } from "./inspection-input";
import { assertOfficialsExist } from "./inspection-references";
import type { InspectionTeam } from "./inspection-view";
import { findTeam, withoutRow } from "./team-query";

/**
 * Corrects a team or changes its members (`memberOfficialIds` replaces
 * them). The update matches only the version that was read: of two changes
 * at once, the second gets 409 `inspection_team_changed` and writes nothing.
 */
export async function updateInspectionTeam(
  ctx: TenantContext,
  id: string,
  input: UpdateInspectionTeam,
): Promise<InspectionTeam> {
  assertCan(ctx, "inspections:manage");
  const before = await findTeam(ctx, id);
  const { memberOfficialIds, ...fields } = input;
  const after = { ...before.row, ...fields, updatedAt: ctx.now.toISOString() };
  assertPeriod(after.activeFrom, after.activeTo);
  if (fields.leaderOfficialId) await assertOfficialsExist(ctx, [fields.leaderOfficialId], "body.leaderOfficialId");
  const memberIds = memberOfficialIds ? [...new Set(memberOfficialIds)] : undefined;
  if (memberIds) await assertOfficialsExist(ctx, memberIds, "body.memberOfficialIds");
  const tenantId = ctx.tenant.id;
  const teamOnly = inTenant(inspectionTeamMembers, tenantId, eq(inspectionTeamMembers.teamId, id));
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: inspectionTeams,
        row: { tenantId, id },
        read: { updatedAt: before.row.updatedAt },
        set: { ...fields, updatedAt: after.updatedAt },
      }),
      ...(memberIds
        ? [
            ctx.db.delete(inspectionTeamMembers).where(teamOnly),
            ...(memberIds.length > 0
              ? [
                  ctx.db
                    .insert(inspectionTeamMembers)
                    .values(memberIds.map((officialId) => ({ tenantId, teamId: id, officialId }))),
                ]
              : []),
          ]
        : []),
      auditEntry(ctx, {
        tenantId,
        action: "inspection_team.updated",
        entityType: "inspection_team",
        entityId: id,
        before: { ...before.row, memberOfficialIds: before.members.map((m) => m.id) },
        after: { ...after, memberOfficialIds: memberIds ?? before.members.map((m) => m.id) },
      }),
    ],
    inspectionTeamChanged,
  );
  return withoutRow(await findTeam(ctx, id));
}
