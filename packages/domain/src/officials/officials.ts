import { inTenant, isUniqueViolation, type OfficialRow, officials } from "@kycuong/db";
import { asc, eq, gt, inArray, sql } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { visibleUnitIds } from "../access/unit-scope";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import type { PageQuery } from "../input/page-query";
import { decodeCursor, type Page, toPage } from "../pagination/cursor";
import { assertUnitExists } from "../units/references";
import { collidedFields, duplicateOfficial } from "./duplicate-official";
import type { CreateOfficial, OfficialListQuery, UpdateOfficial } from "./official-input";
import { type Official, toOfficial } from "./official-view";

/**
 * The official's row, or 404 when it is missing, another tenant's, or
 * works in a unit outside the actor's scope (a unit head sees only their
 * own subtree's people).
 */
export async function loadOfficialRow(ctx: TenantContext, id: string): Promise<OfficialRow> {
  const [row] = await ctx.db
    .select()
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, eq(officials.id, id)))
    .limit(1);
  const visible = await visibleUnitIds(ctx, "organisation:read");
  if (!row || (visible && !visible.includes(row.unitId))) {
    throw new DomainError("official_not_found", "Không tìm thấy cán bộ · Official not found");
  }
  return row;
}

export async function getOfficial(ctx: TenantContext, id: string): Promise<Official> {
  assertCan(ctx, "organisation:read");
  return toOfficial(await loadOfficialRow(ctx, id));
}

export async function listOfficials(ctx: TenantContext, query: OfficialListQuery & PageQuery): Promise<Page<Official>> {
  assertCan(ctx, "organisation:read");
  const visible = await visibleUnitIds(ctx, "organisation:read");
  if (visible?.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(officials)
    .where(
      inTenant(
        officials,
        ctx.tenant.id,
        visible ? inArray(officials.unitId, visible) : undefined,
        query.unitId ? eq(officials.unitId, query.unitId) : undefined,
        query.kind ? eq(officials.kind, query.kind) : undefined,
        query.status ? eq(officials.status, query.status) : undefined,
        query.q ? sql`${officials.fullName} like ${likePattern(query.q)} escape '\\'` : undefined,
        after ? gt(officials.id, after) : undefined,
      ),
    )
    .orderBy(asc(officials.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toOfficial), nextCursor: page.nextCursor };
}

/** `%text%` with the text's own `%`, `_` and `\` matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export async function createOfficial(ctx: TenantContext, input: CreateOfficial): Promise<Official> {
  assertCan(ctx, "organisation:write");
  await assertUnitExists(ctx, input.unitId, "body.unitId");
  const at = ctx.now.toISOString();
  const row = {
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    ...input,
    status: "active" as const,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await ctx.db.batch([
      ctx.db.insert(officials).values(row),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
        action: "official.created",
        entityType: "official",
        entityId: row.id,
        after: row,
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateOfficial(collidedFields(error));
    throw error;
  }
  return toOfficial(row);
}

export async function updateOfficial(
  ctx: TenantContext,
  id: string,
  input: UpdateOfficial,
  action = "official.updated",
): Promise<Official> {
  assertCan(ctx, "organisation:write");
  const before = await loadOfficialRow(ctx, id);
  if (input.unitId) await assertUnitExists(ctx, input.unitId, "body.unitId");
  const after = { ...before, ...input, updatedAt: ctx.now.toISOString() };
  try {
    await ctx.db.batch([
      ctx.db
        .update(officials)
        .set({ ...input, updatedAt: after.updatedAt })
        .where(inTenant(officials, ctx.tenant.id, eq(officials.id, id))),
      auditEntry(ctx, { tenantId: ctx.tenant.id, action, entityType: "official", entityId: id, before, after }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateOfficial(collidedFields(error));
    throw error;
  }
  return toOfficial(after);
}

/**
 * People who leave are never deleted: reminders, reports and violation
 * records keep pointing at them, so they are marked `left` instead.
 */
export function markOfficialLeft(ctx: TenantContext, id: string): Promise<Official> {
  return updateOfficial(ctx, id, { status: "left" }, "official.left");
}
