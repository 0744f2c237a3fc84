import { inTenant, violationRecordVersions } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import type { TenantContext } from "../context";
import { violationVersionNotFound } from "./violation-errors";
import { findRecord } from "./violation-query";

export const ViolationVersion = z
  .object({
    version: z.int(),
    /** The canonical content exactly as sealed (parsed from its JSON). */
    content: z.record(z.string(), z.unknown()),
    contentHash: z.string(),
    reason: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "ViolationVersion" });
export type ViolationVersion = z.infer<typeof ViolationVersion>;

/** The stored row of one sealed version of a record (at most one), for a batch or on its own. */
export function sealedVersionQuery(ctx: TenantContext, recordId: string, version: number) {
  return ctx.db
    .select()
    .from(violationRecordVersions)
    .where(
      inTenant(
        violationRecordVersions,
        ctx.tenant.id,
        eq(violationRecordVersions.recordId, recordId),
        eq(violationRecordVersions.version, version),
      ),
    )
    .limit(1);
}

/** One sealed version of a record, as it was issued or corrected. */
export async function getViolationVersion(ctx: TenantContext, id: string, version: number): Promise<ViolationVersion> {
  assertCan(ctx, "inspections:read");
  await findRecord(ctx, id, "inspections:read");
  const [row] = await sealedVersionQuery(ctx, id, version);
  if (!row) throw violationVersionNotFound();
  return {
    version: row.version,
    content: JSON.parse(row.content) as Record<string, unknown>,
    contentHash: row.contentHash,
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
