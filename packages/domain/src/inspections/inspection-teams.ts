import { guardedUpdate, inspectionTeamMembers, inspectionTeams, inTenant } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { writeGuarded } from "../guarded-write";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { inspectionTeamChanged, invalidInput } from "./inspection-errors";
import type { CreateInspectionTeam, UpdateInspectionTeam } from "./inspection-input";
import { assertOfficialsExist } from "./inspection-references";
import type { InspectionTeam } from "./inspection-view";
import { findTeam, selectTeams, teamsBefore, withoutRow } from "./team-query";

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

export async function getInspectionTeam(ctx: TenantContext, id: string): Promise<InspectionTeam> {
  assertCan(ctx, "inspections:read");
  return withoutRow(await findTeam(ctx, id));
}

/** Inspection teams, newest first. */
export async function listInspectionTeams(ctx: TenantContext, query: PageQuery): Promise<Page<InspectionTeam>> {
  assertCan(ctx, "inspections:read");
  const rows = await selectTeams(ctx, [teamsBefore(decodeCursor(query.cursor))], query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(withoutRow), nextCursor: page.nextCursor };
}
