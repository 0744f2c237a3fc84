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
  "id" | "inspectionId" | "reportId" | "typeCode" | "occurredAt" | "place" | "description" | "witnesses"
>;

/**
 * The canonical form of a record as the database holds it now: its content
 * fields, the officials it names (by id, with their unit at the time) and
 * the SHA-256 of every evidence file, each list sorted. Signatures and the
 * follow-up are not content: they happen after issue.
 */
export async function canonicalContent(
  ctx: TenantContext,
  record: ContentFields,
): Promise<{ content: string; hash: string }> {
  const [named, evidence] = await Promise.all([
    ctx.db
      .select({ officialId: violationRecordOfficials.officialId, unitId: violationRecordOfficials.unitId })
      .from(violationRecordOfficials)
      .where(inTenant(violationRecordOfficials, ctx.tenant.id, eq(violationRecordOfficials.recordId, record.id)))
      .orderBy(asc(violationRecordOfficials.officialId)),
    ctx.db
      .select({ sha256: violationEvidence.sha256 })
      .from(violationEvidence)
      // Explanation files (officialId set) come after issue and are not sealed content.
      .where(
        inTenant(
          violationEvidence,
          ctx.tenant.id,
          eq(violationEvidence.recordId, record.id),
          isNull(violationEvidence.officialId),
        ),
      ),
  ]);
  const content = stableStringify({
    recordId: record.id,
    inspectionId: record.inspectionId,
    reportId: record.reportId,
    typeCode: record.typeCode,
    occurredAt: record.occurredAt,
    place: record.place,
    description: record.description,
    witnesses: record.witnesses,
    officials: named.sort((a, b) => (a.officialId < b.officialId ? -1 : 1)),
    evidenceSha256: evidence.map((e) => e.sha256).sort(),
  });
  return { content, hash: await sha256Hex(content) };
}
