import { idempotencyKeys, inTenant, type ReportChannel } from "@kycuong/db";
import { and, eq, lte } from "drizzle-orm";
import { sha256Hex } from "../../auth/secret-token";
import type { DomainContext } from "../../context";
import { DomainError } from "../../errors";
import type { StoredAnswer } from "./load-intake";
import type { RecordReport } from "./report-input";

/** How long the same key replays the first answer; after that it is a new request. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export function intakeScope(channel: ReportChannel): string {
  return `report:${channel}`;
}

/**
 * A fingerprint of the report as parsed (NFC, trimmed, defaults applied), so
 * the same report sent twice matches even if one copy was typed in NFD.
 * Keys are listed in a fixed order; absent fields are null.
 */
export function requestHashOf(channel: ReportChannel, input: RecordReport): Promise<string> {
  const fields: (keyof RecordReport)[] = [
    "category",
    "description",
    "unitId",
    "unitText",
    "officialText",
    "occurredAt",
    "location",
    "reporterName",
    "reporterPhone",
    "reporterEmail",
    "consentToContact",
  ];
  return sha256Hex(JSON.stringify([channel, ...fields.map((field) => input[field] ?? null)]));
}

export function isLive(stored: StoredAnswer | null, now: Date): stored is StoredAnswer {
  return stored !== null && stored.expiresAt > now.toISOString();
}

export function idempotencyKeyReused(): DomainError {
  return new DomainError(
    "idempotency_key_reused",
    "Khóa Idempotency-Key này đã được dùng cho một phản ánh khác · This Idempotency-Key was already used for a different report",
  );
}

/**
 * The statements that claim a key, for the intake's batch: an expired record
 * under the key is cleared first; a live one makes the INSERT fail on the
 * primary key, which rolls the whole batch back. That is what keeps two
 * concurrent retries from both creating a report.
 */
export function claimKey(
  ctx: DomainContext,
  claim: { tenantId: string; scope: string; key: string; requestHash: string; responseBody: string },
) {
  const at = ctx.now.toISOString();
  return [
    ctx.db
      .delete(idempotencyKeys)
      .where(
        inTenant(
          idempotencyKeys,
          claim.tenantId,
          and(
            eq(idempotencyKeys.scope, claim.scope),
            eq(idempotencyKeys.key, claim.key),
            lte(idempotencyKeys.expiresAt, at),
          ),
        ),
      ),
    ctx.db.insert(idempotencyKeys).values({
      ...claim,
      responseStatus: 201,
      createdAt: at,
      expiresAt: new Date(ctx.now.getTime() + IDEMPOTENCY_WINDOW_MS).toISOString(),
    }),
  ] as const;
}

/** The answer stored under a key, read again after losing a race for it. */
export async function storedAnswer(
  ctx: DomainContext,
  where: { tenantId: string; scope: string; key: string },
): Promise<StoredAnswer | null> {
  const [row] = await ctx.db
    .select({
      requestHash: idempotencyKeys.requestHash,
      responseBody: idempotencyKeys.responseBody,
      expiresAt: idempotencyKeys.expiresAt,
    })
    .from(idempotencyKeys)
    .where(
      inTenant(
        idempotencyKeys,
        where.tenantId,
        and(eq(idempotencyKeys.scope, where.scope), eq(idempotencyKeys.key, where.key)),
      ),
    )
    .limit(1);
  return row ?? null;
}
