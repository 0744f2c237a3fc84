import { inspectionTeamMembers, inspectionTeams, inTenant, officials } from "@kycuong/db";
import { and, asc, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { TenantContext } from "../context";
import { defaultRecordSymbol } from "../violations/record-number";
import { inspectionTeamNotFound } from "./inspection-errors";
import type { InspectionTeam, TeamRow } from "./inspection-view";

const leader = alias(officials, "leader");

/** Teams newest first, each with its leader's and members' names. */
export async function selectTeams(
  ctx: TenantContext,
  conditions: (SQL | undefined)[],
  limit: number,
): Promise<(InspectionTeam & { row: TeamRow })[]> {
  const rows = await ctx.db
    .select({ team: inspectionTeams, leader: { id: leader.id, fullName: leader.fullName } })
    .from(inspectionTeams)
    .leftJoin(
      leader,
      and(eq(leader.id, inspectionTeams.leaderOfficialId), eq(leader.tenantId, inspectionTeams.tenantId)),
    )
    .where(inTenant(inspectionTeams, ctx.tenant.id, ...conditions))
    .orderBy(desc(inspectionTeams.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const members = await ctx.db
    .select({ teamId: inspectionTeamMembers.teamId, id: officials.id, fullName: officials.fullName })
    .from(inspectionTeamMembers)
    .innerJoin(
      officials,
      and(eq(officials.id, inspectionTeamMembers.officialId), eq(officials.tenantId, inspectionTeamMembers.tenantId)),
    )
    .where(
      inTenant(
        inspectionTeamMembers,
        ctx.tenant.id,
        inArray(
          inspectionTeamMembers.teamId,
          rows.map((r) => r.team.id),
        ),
      ),
    )
    .orderBy(asc(officials.fullName));
  return rows.map(({ team, leader }) => ({
    row: team,
    id: team.id,
    name: team.name,
    decisionDocNumber: team.decisionDocNumber,
    decisionDocDate: team.decisionDocDate,
    leader: leader ?? { id: team.leaderOfficialId, fullName: "" },
    members: members.filter((m) => m.teamId === team.id).map(({ id, fullName }) => ({ id, fullName })),
    activeFrom: team.activeFrom,
    activeTo: team.activeTo,
    recordSymbol: team.recordSymbol ?? defaultRecordSymbol(team.name),
    createdAt: team.createdAt,
    updatedAt: team.updatedAt,
  }));
}

export async function findTeam(ctx: TenantContext, id: string): Promise<InspectionTeam & { row: TeamRow }> {
  const [team] = await selectTeams(ctx, [eq(inspectionTeams.id, id)], 1);
  if (!team) throw inspectionTeamNotFound();
  return team;
}

export function teamsBefore(id: string | undefined): SQL | undefined {
  return id ? lt(inspectionTeams.id, id) : undefined;
}

export function withoutRow({ row: _row, ...team }: InspectionTeam & { row: TeamRow }): InspectionTeam {
  return team;
}
