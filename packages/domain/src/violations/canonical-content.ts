import { inTenant, violationEvidence, violationRecordOfficials } from "@kycuong/db";
import { asc, eq, isNull } from "drizzle-orm";
import { sha256Hex } from "../auth/secret-token";
import type { TenantContext } from "../context";
import type { RecordRow } from "./violation-query";

/**
 * JSON with object keys sorted at every level and no whitespace, so the same
 * content always gives the same bytes and the same hash.
 */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export type ContentFields = Pick<
  RecordRow,
  | "id"
  | "tenantId"
  | "inspectionId"
  | "reportId"
  | "typeCode"
  | "occurredAt"
  | "place"
  | "description"
  | "witnesses"
  | "version"
  | "issuedAt"
  | "issuedBy"
  | "correctiveDueAt"
  | "recordNumber"
  | "recordYear"
  | "recordSymbol"
  | "issuingTeamId"
>;

/**
 * How a version's content was written: 1 before records were sealed with a
 * key (content fields, officials, evidence hashes), 2 since (also the tenant,
 * version, number, who issued it and when, the corrective deadline, and each
 * evidence file's storage key). A version with a key signature is format 2.
 */
export type ContentFormat = 1 | 2;

/**
 * The canonical form of a record as the database holds it now: its content
 * fields, the officials it names (by id, with their unit at the time) and
 * every evidence file's SHA-256, each list sorted. What happens after issue
 * (signatures, explanations, decisions …) is the record's event chain.
 */
export async function canonicalContent(
  ctx: TenantContext,
  record: ContentFields,
  format: ContentFormat = 2,
): Promise<{ content: string; hash: string }> {
  const [named, evidence] = await Promise.all([
    ctx.db
      .select({ officialId: violationRecordOfficials.officialId, unitId: violationRecordOfficials.unitId })
      .from(violationRecordOfficials)
      .where(inTenant(violationRecordOfficials, ctx.tenant.id, eq(violationRecordOfficials.recordId, record.id)))
      .orderBy(asc(violationRecordOfficials.officialId)),
    ctx.db
      .select({ sha256: violationEvidence.sha256, r2Key: violationEvidence.r2Key })
      .from(violationEvidence)
      // Explanation files (officialId set) come after issue: the event chain seals them.
      .where(
        inTenant(
          violationEvidence,
          ctx.tenant.id,
          eq(violationEvidence.recordId, record.id),
          isNull(violationEvidence.officialId),
        ),
      ),
  ]);
  const fields = {
    recordId: record.id,
    inspectionId: record.inspectionId,
    reportId: record.reportId,
    typeCode: record.typeCode,
    occurredAt: record.occurredAt,
    place: record.place,
    description: record.description,
    witnesses: record.witnesses,
    officials: named.sort((a, b) => (a.officialId < b.officialId ? -1 : 1)),
  };
  const content = stableStringify(
    format === 1
      ? { ...fields, evidenceSha256: evidence.map((e) => e.sha256).sort() }
      : {
          ...fields,
          format,
          tenantId: record.tenantId,
          version: record.version,
          number: record.recordNumber,
          numberYear: record.recordYear,
          numberSymbol: record.recordSymbol,
          issuingTeamId: record.issuingTeamId,
          issuedAt: record.issuedAt,
          issuedBy: record.issuedBy,
          correctiveDueAt: record.correctiveDueAt,
          evidence: evidence.sort((a, b) => (a.r2Key < b.r2Key ? -1 : 1)),
        },
  );
  return { content, hash: await sha256Hex(content) };
}
