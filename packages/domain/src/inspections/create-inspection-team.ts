import { inspectionTeamMembers, inspectionTeams } from "@kycuong/db";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../ids";
import { invalidInput } from "./inspection-errors";
import type { CreateInspectionTeam } from "./inspection-input";
import { assertOfficialsExist } from "./inspection-references";
import type { InspectionTeam } from "./inspection-view";
import { findTeam, withoutRow } from "./team-query";

/** Records an inspection team (Đoàn / Tổ kiểm tra) formed by a decision, with its leader and members. */
export async function createInspectionTeam(ctx: TenantContext, input: CreateInspectionTeam): Promise<InspectionTeam> {
  assertCan(ctx, "inspections:manage");
  assertPeriod(input.activeFrom, input.activeTo);
  const memberIds = [...new Set(input.memberOfficialIds)];
  await assertOfficialsExist(ctx, [input.leaderOfficialId], "body.leaderOfficialId");
  await assertOfficialsExist(ctx, memberIds, "body.memberOfficialIds");
  const at = ctx.now.toISOString();
  const tenantId = ctx.tenant.id;
  const { memberOfficialIds: _members, ...fields } = input;
  const row = { id: newId(ctx.now), tenantId, ...fields, createdAt: at, updatedAt: at };
  const members = memberIds.map((officialId) => ({ tenantId, teamId: row.id, officialId }));
  await ctx.db.batch([
    ctx.db.insert(inspectionTeams).values(row),
    ...(members.length > 0 ? [ctx.db.insert(inspectionTeamMembers).values(members)] : []),
    auditEntry(ctx, {
      tenantId,
      action: "inspection_team.created",
      entityType: "inspection_team",
      entityId: row.id,
      after: { ...row, memberOfficialIds: memberIds },
    }),
  ]);
  return withoutRow(await findTeam(ctx, row.id));
}

export function assertPeriod(from: string, to: string | null): void {
  if (to !== null && to < from) {
    throw invalidInput("body.activeTo", "Không được trước ngày bắt đầu · Must not be before activeFrom");
  }
}
