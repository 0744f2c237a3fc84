import { inTenant, isUniqueViolation, type UnitRow, units } from "@kycuong/db";
import { asc, eq, gt, inArray, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { assertOfficialExists, assertUnitExists } from "./references";
import type { CreateUnit, UnitListQuery, UpdateUnit } from "./unit-input";
import { toUnit, type Unit } from "./unit-view";

/** The unit row, or 404 when it is missing, another tenant's, or outside the actor's scope. */
export async function loadUnitRow(ctx: TenantContext, id: string): Promise<UnitRow> {
  const [row] = await ctx.db
    .select()
    .from(units)
    .where(inTenant(units, ctx.tenant.id, eq(units.id, id)))
    .limit(1);
  const visible = await visibleUnitIds(ctx, "organisation:read");
  if (!row || (visible && !visible.includes(row.id))) {
    throw unitNotFound();
  }
  return row;
}

export function unitNotFound(): DomainError {
  return new DomainError("unit_not_found", "Không tìm thấy đơn vị · Unit not found");
}

export async function getUnit(ctx: TenantContext, id: string): Promise<Unit> {
  assertCan(ctx, "organisation:read");
  return toUnit(await loadUnitRow(ctx, id));
}

export async function listUnits(ctx: TenantContext, query: UnitListQuery & PageQuery): Promise<Page<Unit>> {
  assertCan(ctx, "organisation:read");
  const visible = await visibleUnitIds(ctx, "organisation:read");
  if (visible?.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(units)
    .where(
      inTenant(
        units,
        ctx.tenant.id,
        visible ? inArray(units.id, visible) : undefined,
        query.parentId ? eq(units.parentId, query.parentId) : undefined,
        query.kind ? eq(units.kind, query.kind) : undefined,
        query.active ? eq(units.active, query.active === "true") : undefined,
        after ? gt(units.id, after) : undefined,
      ),
    )
    .orderBy(asc(units.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toUnit), nextCursor: page.nextCursor };
}

export async function createUnit(ctx: TenantContext, input: CreateUnit): Promise<Unit> {
  assertCan(ctx, "organisation:write");
  if (input.parentId) await assertUnitExists(ctx, input.parentId, "body.parentId");
  if (input.headOfficialId) await assertOfficialExists(ctx, input.headOfficialId, "body.headOfficialId");
  const at = ctx.now.toISOString();
  const row = { id: newId(ctx.now), tenantId: ctx.tenant.id, ...input, active: true, createdAt: at, updatedAt: at };
  try {
    await ctx.db.batch([
      ctx.db.insert(units).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "unit.created",
        entityType: "unit",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code);
    throw error;
  }
  return toUnit(row);
}

export function duplicateCode(code: string): DomainError {
  return new DomainError("unit_code_taken", `Mã đơn vị "${code}" đã được dùng · Unit code "${code}" is taken`, [
    { path: "body.code", message: "Đã được dùng · Already taken" },
  ]);
}

export async function updateUnit(
  ctx: TenantContext,
  id: string,
  input: UpdateUnit,
  action = "unit.updated",
): Promise<Unit> {
  assertCan(ctx, "organisation:write");
  const before = await loadUnitRow(ctx, id);
  if (input.parentId) {
    await assertUnitExists(ctx, input.parentId, "body.parentId");
    await assertNotOwnDescendant(ctx, id, input.parentId);
  }
  if (input.headOfficialId) await assertOfficialExists(ctx, input.headOfficialId, "body.headOfficialId");
  const after = { ...before, ...input, updatedAt: ctx.now.toISOString() };
  try {
    await ctx.db.batch([
      ctx.db
        .update(units)
        .set({ ...input, updatedAt: after.updatedAt })
        .where(inTenant(units, ctx.tenant.id, eq(units.id, id))),
      auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "unit", entityId: id, before, after }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error) && input.code) throw duplicateCode(input.code);
    throw error;
  }
  return toUnit(after);
}

/** A unit cannot move under itself or under one of its own sub-units. */
async function assertNotOwnDescendant(ctx: TenantContext, id: string, newParentId: string): Promise<void> {
  const rows = await ctx.db.all<{ id: string }>(sql`
    with recursive subtree(id) as (
      select ${id}
      union
      select u.id from ${units} u join subtree s on u.parent_id = s.id where u.tenant_id = ${ctx.tenant.id}
    )
    select id from subtree where id = ${newParentId}`);
  if (rows.length > 0) {
    throw new DomainError("unit_cycle", "Đơn vị không thể nằm dưới chính nó · A unit cannot sit under itself", [
      { path: "body.parentId", message: "Tạo vòng lặp · Would create a cycle" },
    ]);
  }
}

/** Units are never deleted (reports, reminders and violations point at them); they are deactivated. */
export function deactivateUnit(ctx: TenantContext, id: string): Promise<Unit> {
  return updateUnit(ctx, id, { active: false }, "unit.deactivated");
}
