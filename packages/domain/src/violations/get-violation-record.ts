import { inTenant, violationEvidence, violationRecordVersions } from "@kycuong/db";
import { asc, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { findRecord, recordParts } from "./violation-query";
import { toSummary, type ViolationRecord } from "./violation-view";

/** One record with its officials, evidence metadata, versions and corrective reports. */
export async function getViolationRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:read");
  return viewRecord(ctx, id);
}

/** The record as its reader sees it (used after every write, too). */
export async function viewRecord(ctx: TenantContext, id: string): Promise<ViolationRecord> {
  const record = await findRecord(ctx, id);
  const [parts, evidence, versions] = await Promise.all([
    recordParts(ctx, [id]),
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
  return {
    ...toSummary(record, parts.officials.get(id) ?? [], parts.reports.get(id) ?? [], ctx.now),
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
      createdBy: v.createdBy,
      createdAt: v.createdAt,
    })),
  };
}
