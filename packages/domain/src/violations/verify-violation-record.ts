import { inTenant, violationEvidence } from "@kycuong/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { assertCan } from "../access/assert-can";
import { sha256Hex } from "../auth/secret-token";
import type { TenantContext } from "../context";
import type { AttachmentStore } from "../reports/attachments/attachment-store";
import { canonicalContent } from "./canonical-content";
import { sealedVersionQuery } from "./get-violation-version";
import { eventHash, followUpQueries, followUpStateHash, recordEvents, toFollowUp } from "./record-events";
import { sealOf } from "./record-seal";
import { recordNotIssued } from "./violation-errors";
import { findRecord } from "./violation-query";

export const verifyFindings = [
  /** Sealed before records had a key: its hash alone proves nothing against someone who can write to the database. */
  "not_sealed_with_key",
  /** The content as stored now does not give the sealed hash. */
  "content_changed",
  /** The sealed hash has no valid signature of a published seal key. */
  "signature_invalid",
  /** An event is missing, out of order, altered, or not signed by a seal key. */
  "chain_broken",
  /** Signatures, explanations, decisions or reports as stored now are not what the chain's last event sealed. */
  "follow_up_changed",
  /** (deep) An evidence file's bytes in storage are missing or not the sealed SHA-256. */
  "evidence_changed",
] as const;

export const VerifyResult = z
  .object({
    /** True only when nothing below was found: sealed with a key, content, chain, follow-up (and files) all as sealed. */
    intact: z.boolean(),
    /** Whether the current version carries a seal-key signature (records issued before keys do not). */
    sealedWithKey: z.boolean(),
    /** The seal key that signed the current version (see /.well-known/seal-keys.json). */
    keyId: z.string().nullable(),
    /** base64url ES256 signature over `storedHash`, for checking offline. */
    signature: z.string().nullable(),
    storedHash: z.string(),
    computedHash: z.string(),
    version: z.int(),
    findings: z.array(z.enum(verifyFindings)),
    chain: z.object({
      events: z.int(),
      /** The first event whose link does not hold (its sequence), or null. */
      firstBrokenAt: z.int().nullable(),
    }),
    /** With `deep`: evidence files re-read from storage, and those whose bytes are not the sealed hash. */
    evidence: z.object({ checked: z.int(), changed: z.array(z.string()) }).nullable(),
  })
  .meta({ id: "ViolationVerifyResult" });
export type VerifyResult = z.infer<typeof VerifyResult>;

/**
 * Recomputes the canonical content from the rows as they are now, checks it
 * against the sealed hash and that hash's seal-key signature, walks the event
 * chain link by link, and compares the follow-up as stored with what the
 * last event sealed; `deep` also re-reads every evidence file from storage.
 * Nothing written to the database without the seal key passes.
 */
export async function verifyViolationRecord(
  ctx: TenantContext,
  id: string,
  options: { deep?: boolean; store?: AttachmentStore } = {},
): Promise<VerifyResult> {
  assertCan(ctx, "inspections:read");
  const record = await findRecord(ctx, id, "inspections:read");
  if (record.status === "draft" || !record.contentHash) throw recordNotIssued(record.status);
  const seal = await sealOf(ctx);
  // One round trip: the sealed version, the whole chain and the follow-up as stored now.
  const [[sealed], events, ...followUpRows] = await ctx.db.batch([
    sealedVersionQuery(ctx, id, record.version),
    recordEvents(ctx, id),
    ...followUpQueries(ctx, id),
  ]);
  const followUp = toFollowUp(record, followUpRows);
  const findings = new Set<(typeof verifyFindings)[number]>();
  const sealedWithKey = Boolean(sealed?.sealSignature && sealed.sealKid);
  const { hash } = await canonicalContent(ctx, record, sealedWithKey ? 2 : 1);
  if (!sealedWithKey) findings.add("not_sealed_with_key");
  if (hash !== record.contentHash || sealed?.contentHash !== record.contentHash) findings.add("content_changed");
  if (
    sealed?.sealSignature &&
    sealed.sealKid &&
    !(await seal.verify(sealed.sealKid, sealed.contentHash, sealed.sealSignature))
  ) {
    findings.add("signature_invalid");
  }

  let firstBrokenAt: number | null = null;
  let previous: string | null = null;
  let chainedVersion = 0;
  for (const [index, event] of events.entries()) {
    const holds =
      event.sequence === index + 1 &&
      event.previousHash === previous &&
      (await eventHash(event)) === event.eventHash &&
      (await seal.verify(event.sealKid, event.eventHash, event.sealSignature));
    if (!holds) {
      firstBrokenAt = event.sequence;
      break;
    }
    previous = event.eventHash;
    const version = event.detail.version;
    if ((event.kind === "issued" || event.kind === "corrected") && typeof version === "number") {
      chainedVersion = version;
      // The version row this event sealed must still hold the hash it chained.
      if (version === record.version && event.detail.contentHash !== record.contentHash) findings.add("chain_broken");
    }
  }
  const last = events.at(-1);
  if (firstBrokenAt !== null) findings.add("chain_broken");
  else if (sealedWithKey && (!last || chainedVersion !== record.version)) {
    // A keyed record's chain starts at its issue and names every later version.
    findings.add("chain_broken");
    firstBrokenAt = (last?.sequence ?? 0) + 1;
  }
  if (last && firstBrokenAt === null && (await followUpStateHash(followUp)) !== last.stateHash) {
    findings.add("follow_up_changed");
  }

  const evidence = options.deep && options.store ? await rereadEvidence(ctx, id, options.store) : null;
  if (evidence && evidence.changed.length > 0) findings.add("evidence_changed");
  return {
    intact: findings.size === 0,
    sealedWithKey,
    keyId: sealed?.sealKid ?? null,
    signature: sealed?.sealSignature ?? null,
    storedHash: record.contentHash,
    computedHash: hash,
    version: record.version,
    findings: verifyFindings.filter((f) => findings.has(f)),
    chain: { events: events.length, firstBrokenAt },
    evidence,
  };
}

/** The record's own evidence files read back from storage, one at a time, each hashed against its sealed SHA-256. */
async function rereadEvidence(ctx: TenantContext, recordId: string, store: AttachmentStore) {
  const files = await ctx.db
    .select({ id: violationEvidence.id, r2Key: violationEvidence.r2Key, sha256: violationEvidence.sha256 })
    .from(violationEvidence)
    .where(
      inTenant(
        violationEvidence,
        ctx.tenant.id,
        and(eq(violationEvidence.recordId, recordId), isNull(violationEvidence.officialId)),
      ),
    )
    .orderBy(asc(violationEvidence.id));
  const changed: string[] = [];
  for (const file of files) {
    const object = await store.get(file.r2Key);
    if (!object || (await sha256Hex(await new Response(object.body).arrayBuffer())) !== file.sha256)
      changed.push(file.id);
  }
  return { checked: files.length, changed };
}
