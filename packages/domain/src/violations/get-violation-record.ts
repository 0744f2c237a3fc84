import { inTenant, violationEvidence, violationRecords, violationRecordVersions } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { unitReach } from "../access/unit-scope";
import { workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { violationRecordNotFound } from "./violation-errors";
import { collectParts, recordPartsQueries, recordsQuery } from "./violation-query";
import { toSummary, type ViolationRecord } from "./violation-view";

/** One record with its officials, evidence metadata, versions and corrective reports. */
export async function getViolationRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:read");
  return viewRecord(ctx, id);
}

/**
 * The record as its reader sees it (used after every write, too), read in
 * one batch: the record within the actor's scope decides (404 otherwise),
 * its parts are read beside it by id, in the tenant.
 */
export async function viewRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  const reach = await unitReach(ctx, "inspections:read");
  if (reach.units?.length === 0) throw violationRecordNotFound();
  const [records, officialRows, reportRows, evidence, versions] = await ctx.db.batch([
    recordsQuery(ctx, reach, [eq(violationRecords.id, id)], 1),
    ...recordPartsQueries(ctx, [id]),
    ctx.db
      .select()
      .from(violationEvidence)
      .where(inTenant(violationEvidence, ctx.tenant.id, eq(violationEvidence.recordId, id)))
      .orderBy(asc(violationEvidence.id)),
    ctx.db
      .select()
      .from(violationRecordVersions)
      .where(inTenant(violationRecordVersions, ctx.tenant.id, eq(violationRecordVersions.recordId, id)))
      .orderBy(asc(violationRecordVersions.version)),
  ]);
  const [record] = records;
  if (!record) throw violationRecordNotFound();
  const parts = collectParts(officialRows, reportRows);
  return {
    ...toSummary(
      record,
      parts.officials.get(id) ?? [],
      parts.reports.get(id) ?? [],
      ctx.now,
      workingCalendar(ctx.tenant),
    ),
    evidence: evidence.map((e) => ({
      id: e.id,
      filename: e.filename,
      contentType: e.contentType,
      size: e.size,
      sha256: e.sha256,
      officialId: e.officialId,
      createdAt: e.createdAt,
    })),
    versions: versions.map((v) => ({
      version: v.version,
      contentHash: v.contentHash,
      reason: v.reason,
      sealKid: v.sealKid,
      sealSignature: v.sealSignature,
      createdBy: v.createdBy,
      createdAt: v.createdAt,
    })),
  };
}
