import { correctiveReports, inTenant, officials, units, violationRecordOfficials, violationRecords } from "@kycuong/db";
import { and, asc, desc, eq, exists, inArray, ne, not, or, type SQL } from "drizzle-orm";
import type { Permission } from "../access/permissions";
import { type UnitReach, unitReach } from "../access/unit-scope";
import type { TenantContext } from "../context";
import { violationRecordNotFound } from "./violation-errors";

export type RecordRow = typeof violationRecords.$inferSelect;
export type RecordOfficialRow = typeof violationRecordOfficials.$inferSelect;
export type CorrectiveReportRow = typeof correctiveReports.$inferSelect;

/** "The record names an official such that …": a correlated EXISTS on the record's officials, in the tenant. */
export function namesOfficialWhere(ctx: TenantContext, condition: SQL): SQL {
  return exists(
    ctx.db
      .select({ one: violationRecordOfficials.recordId })
      .from(violationRecordOfficials)
      .where(
        inTenant(
          violationRecordOfficials,
          ctx.tenant.id,
          eq(violationRecordOfficials.recordId, violationRecords.id),
          condition,
        ),
      ),
  );
}

/**
 * Records newest first, limited in the query itself to what `permission`
 * reaches for the actor: a unit head never sees a draft about their own
 * units, and sees an issued record only when it names an official of their
 * unit subtree.
 */
export async function selectRecords(
  ctx: TenantContext,
  permission: Permission,
  conditions: (SQL | undefined)[],
  limit: number,
): Promise<RecordRow[]> {
  const reach = await unitReach(ctx, permission);
  if (reach.units?.length === 0) return [];
  return recordsQuery(ctx, reach, conditions, limit);
}

/** The statement behind `selectRecords`, for a batch; `reach` is the actor's (its units never empty). */
export function recordsQuery(ctx: TenantContext, reach: UnitReach, conditions: (SQL | undefined)[], limit: number) {
  return ctx.db
    .select()
    .from(violationRecords)
    .where(inTenant(violationRecords, ctx.tenant.id, recordScope(ctx, reach), ...conditions))
    .orderBy(desc(violationRecords.id))
    .limit(limit);
}

/** The ids `recordsQuery` would answer, as a subquery: a batch reads a page's parts beside the page. */
export function recordIdsQuery(ctx: TenantContext, reach: UnitReach, conditions: (SQL | undefined)[], limit: number) {
  return ctx.db
    .select({ id: violationRecords.id })
    .from(violationRecords)
    .where(inTenant(violationRecords, ctx.tenant.id, recordScope(ctx, reach), ...conditions))
    .orderBy(desc(violationRecords.id))
    .limit(limit);
}

/**
 * Within the reach's units, a record naming an official of one of them; and
 * whoever heads a unit never sees a draft naming one of its officials, even
 * with a tenant-wide reading role besides (see `UnitReach.keptFrom`).
 */
function recordScope(ctx: TenantContext, reach: UnitReach): SQL | undefined {
  return and(
    reach.units ? namesOfficialWhere(ctx, inArray(violationRecordOfficials.unitId, reach.units)) : undefined,
    reach.keptFrom.length > 0
      ? or(
          ne(violationRecords.status, "draft"),
          not(namesOfficialWhere(ctx, inArray(violationRecordOfficials.unitId, reach.keptFrom))),
        )
      : undefined,
  );
}

/** One record, or 404 when it is missing, another tenant's, or not (yet) the caller's to see. */
export async function findRecord(ctx: TenantContext, id: string, permission: Permission): Promise<RecordRow> {
  const [row] = await selectRecords(ctx, permission, [eq(violationRecords.id, id)], 1);
  if (!row) throw violationRecordNotFound();
  return row;
}

export interface NamedOfficial extends RecordOfficialRow {
  fullName: string;
  position: string | null;
  unitName: string;
}

/** The officials each record names (sorted by id), and each record's corrective reports. */
export async function recordParts(ctx: TenantContext, recordIds: string[]): Promise<RecordParts> {
  if (recordIds.length === 0) return { officials: new Map(), reports: new Map() };
  const [officialRows, reportRows] = await ctx.db.batch(recordPartsQueries(ctx, recordIds));
  return collectParts(officialRows, reportRows);
}

export interface RecordParts {
  officials: Map<string, NamedOfficial[]>;
  reports: Map<string, CorrectiveReportRow[]>;
}

/**
 * The statements behind `recordParts`, for a batch: the records are ids,
 * or a subquery of ids (a page read in the same batch as its parts).
 */
export function recordPartsQueries(ctx: TenantContext, recordIds: string[] | SQL | ReturnType<typeof recordIdsQuery>) {
  return [
    ctx.db
      .select({
        link: violationRecordOfficials,
        fullName: officials.fullName,
        position: officials.position,
        unitName: units.name,
      })
      .from(violationRecordOfficials)
      .innerJoin(
        officials,
        and(eq(officials.id, violationRecordOfficials.officialId), eq(officials.tenantId, ctx.tenant.id)),
      )
      .innerJoin(units, and(eq(units.id, violationRecordOfficials.unitId), eq(units.tenantId, ctx.tenant.id)))
      .where(inTenant(violationRecordOfficials, ctx.tenant.id, inArray(violationRecordOfficials.recordId, recordIds)))
      .orderBy(asc(violationRecordOfficials.officialId)),
    ctx.db
      .select()
      .from(correctiveReports)
      .where(inTenant(correctiveReports, ctx.tenant.id, inArray(correctiveReports.recordId, recordIds)))
      .orderBy(asc(correctiveReports.id)),
  ] as const;
}

export function collectParts(
  officialRows: { link: RecordOfficialRow; fullName: string; position: string | null; unitName: string }[],
  reportRows: CorrectiveReportRow[],
): RecordParts {
  const named = new Map<string, NamedOfficial[]>();
  const reports = new Map<string, CorrectiveReportRow[]>();
  for (const row of officialRows) {
    const list = named.get(row.link.recordId) ?? [];
    list.push({ ...row.link, fullName: row.fullName, position: row.position, unitName: row.unitName });
    named.set(row.link.recordId, list);
  }
  for (const row of reportRows) reports.set(row.recordId, [...(reports.get(row.recordId) ?? []), row]);
  return { officials: named, reports };
}

/** The record's official row for `officialId`, or 404. */
export async function findRecordOfficial(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
): Promise<RecordOfficialRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(violationRecordOfficials)
    .where(
      inTenant(
        violationRecordOfficials,
        ctx.tenant.id,
        eq(violationRecordOfficials.recordId, recordId),
        eq(violationRecordOfficials.officialId, officialId),
      ),
    )
    .limit(1);
  return row;
}
