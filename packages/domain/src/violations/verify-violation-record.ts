import { inTenant, violationRecordVersions } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { canonicalContent } from "./canonical-content";
import { recordNotIssued } from "./violation-errors";
import { findRecord } from "./violation-query";

export const VerifyResult = z.object({
  intact: z.boolean(),
  storedHash: z.string(),
  computedHash: z.string(),
  version: z.int(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

/**
 * Recomputes the canonical content from the rows as they are now and
 * compares its hash with the one sealed at issue (on the record and in the
 * immutable version row): any change made behind the API's back shows.
 */
export async function verifyViolationRecord(ctx: TenantContext, id: string): Promise<VerifyResult> {
  assertCan(ctx, "inspections:read");
  const record = await findRecord(ctx, id, "inspections:read");
  if (record.status === "draft" || !record.contentHash) throw recordNotIssued(record.status);
  const [sealed] = await ctx.db
    .select({ contentHash: violationRecordVersions.contentHash })
    .from(violationRecordVersions)
    .where(
      inTenant(
        violationRecordVersions,
        ctx.tenant.id,
        eq(violationRecordVersions.recordId, id),
        eq(violationRecordVersions.version, record.version),
      ),
    )
    .limit(1);
  const { hash } = await canonicalContent(ctx, record);
  return {
    intact: hash === record.contentHash && sealed?.contentHash === record.contentHash,
    storedHash: record.contentHash,
    computedHash: hash,
    version: record.version,
  };
}
