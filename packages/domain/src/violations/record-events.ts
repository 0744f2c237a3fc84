import {
  correctiveReports,
  inTenant,
  violationEvidence,
  violationRecordEvents,
  violationRecordOfficials,
} from "@kycuong/db";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { sha256Hex } from "../auth/secret-token";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { stableStringify } from "./canonical-content";
import { sealOf } from "./record-seal";
import type { CorrectiveReportRow, RecordOfficialRow, RecordRow } from "./violation-query";

export type RecordEventRow = typeof violationRecordEvents.$inferSelect;
type EvidenceRow = typeof violationEvidence.$inferSelect;

/** A record's follow-up as the database holds it: what each event's state hash is taken over. */
export interface FollowUp {
  record: Pick<RecordRow, "id" | "status" | "version">;
  officials: RecordOfficialRow[];
  reports: CorrectiveReportRow[];
  /** Files that go with officials' explanations (the record's own evidence is sealed in its content). */
  explanationFiles: EvidenceRow[];
  /** The chain's last event, null before the first. */
  head: RecordEventRow | null;
}

/** The record's follow-up rows and its chain's head, in one batch. */
export async function readFollowUp(ctx: TenantContext, record: FollowUp["record"]): Promise<FollowUp> {
  return toFollowUp(record, await ctx.db.batch([...followUpQueries(ctx, record.id)]));
}

/** The reads behind a follow-up, for a caller that batches them with its own (verify). */
export function followUpQueries(ctx: TenantContext, recordId: string) {
  const t = ctx.tenant.id;
  return [
    ctx.db
      .select()
      .from(violationRecordOfficials)
      .where(inTenant(violationRecordOfficials, t, eq(violationRecordOfficials.recordId, recordId))),
    ctx.db
      .select()
      .from(correctiveReports)
      .where(inTenant(correctiveReports, t, eq(correctiveReports.recordId, recordId))),
    ctx.db
      .select()
      .from(violationEvidence)
      .where(
        inTenant(
          violationEvidence,
          t,
          and(eq(violationEvidence.recordId, recordId), isNotNull(violationEvidence.officialId)),
        ),
      ),
    ctx.db
      .select()
      .from(violationRecordEvents)
      .where(inTenant(violationRecordEvents, t, eq(violationRecordEvents.recordId, recordId)))
      .orderBy(desc(violationRecordEvents.sequence))
      .limit(1),
  ] as const;
}

/** The follow-up from what `followUpQueries` read. */
export function toFollowUp(
  record: FollowUp["record"],
  [officialRows, reports, explanationFiles, heads]: readonly [
    RecordOfficialRow[],
    CorrectiveReportRow[],
    EvidenceRow[],
    RecordEventRow[],
  ],
): FollowUp {
  return { record, officials: officialRows, reports, explanationFiles, head: heads[0] ?? null };
}

/** A row without its bookkeeping columns and unset (null) fields, so a column added later leaves old hashes valid. */
function facts(row: object, leaveOut: string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).filter(([key, value]) => value !== null && value !== undefined && !leaveOut.includes(key)),
  );
}

const byKey =
  (key: (x: Record<string, unknown>) => string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** SHA-256 of the follow-up's canonical form: the record's status and version, every official's steps, reports, files. */
export function followUpStateHash(followUp: Omit<FollowUp, "head">): Promise<string> {
  const bookkeeping = ["tenantId", "recordId", "updatedAt"];
  return sha256Hex(
    stableStringify({
      status: followUp.record.status,
      version: followUp.record.version,
      officials: followUp.officials.map((o) => facts(o, bookkeeping)).sort(byKey((o) => String(o.officialId))),
      correctiveReports: followUp.reports.map((r) => facts(r, bookkeeping)).sort(byKey((r) => String(r.id))),
      explanationFiles: followUp.explanationFiles
        .map((f) => facts(f, [...bookkeeping, "filename", "contentType", "size", "createdAt"]))
        .sort(byKey((f) => String(f.id))),
    }),
  );
}

/** The hash an event is chained and signed by: its place, what happened, the state after, the event before. */
export function eventHash(event: Omit<RecordEventRow, "id" | "tenantId" | "eventHash" | "sealSignature" | "sealKid">) {
  return sha256Hex(
    stableStringify({
      recordId: event.recordId,
      sequence: event.sequence,
      kind: event.kind,
      detail: event.detail,
      stateHash: event.stateHash,
      previousHash: event.previousHash,
      createdBy: event.createdBy,
      createdAt: event.createdAt,
    }),
  );
}

/**
 * The statement (`insert`) that appends one event to a record's chain, for the batch
 * that makes the change: `after` is the follow-up as that batch leaves it.
 * The batch must also hold the record's lost-update guard (every write on a
 * record does), so two changes never chain onto the same head; the unique
 * sequence is the database's own backstop. Every verb that changes what
 * happens to a record after it is written calls this once.
 */
export async function appendRecordEvent(
  ctx: TenantContext,
  after: FollowUp,
  event: { kind: string; detail: Record<string, unknown> },
) {
  const seal = await sealOf(ctx);
  const row = {
    recordId: after.record.id,
    sequence: (after.head?.sequence ?? 0) + 1,
    kind: event.kind,
    detail: JSON.parse(stableStringify(event.detail)) as Record<string, unknown>,
    stateHash: await followUpStateHash(after),
    previousHash: after.head?.eventHash ?? null,
    createdBy: ctx.actor.type === "user" ? ctx.actor.userId : "system",
    createdAt: ctx.now.toISOString(),
  };
  const hash = await eventHash(row);
  // Wrapped: a query builder is a thenable, and an async function would run it instead of returning it.
  const insert = ctx.db.insert(violationRecordEvents).values({
    ...row,
    id: newId(ctx.now),
    tenantId: ctx.tenant.id,
    eventHash: hash,
    sealSignature: await seal.sign(hash),
    sealKid: seal.kid,
  });
  return { insert };
}

/** Every event of a record, in order. */
export function recordEvents(ctx: TenantContext, recordId: string) {
  return ctx.db
    .select()
    .from(violationRecordEvents)
    .where(inTenant(violationRecordEvents, ctx.tenant.id, eq(violationRecordEvents.recordId, recordId)))
    .orderBy(asc(violationRecordEvents.sequence));
}
