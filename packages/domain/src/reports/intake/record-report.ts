import { isUniqueViolation, type ReportChannel, reportEvents, reports } from "@kycuong/db";
import type { BatchItem } from "drizzle-orm/batch";
import { assertCan } from "../../access/assert-can";
import { auditEntry } from "../../audit/audit-entry";
import { dueAfterWorkingDays, workingCalendar } from "../../calendar/working-calendar";
import type { DomainContext, TenantRef } from "../../context";
import { newId } from "../../context/ids";
import { DomainError, invalidReference } from "../../errors";
import { claimKey, idempotencyKeyReused, intakeScope, isLive, requestHashOf, storedAnswer } from "./idempotency";
import { type IntakeTenant, loadIntake, type StoredAnswer } from "./load-intake";
import { derivedReceipt, newReceipt, newTrackingCode, receiptHash } from "./report-codes";
import type { RecordedReport, RecordReport } from "./report-input";

export interface IntakeContext extends DomainContext {
  tenant: IntakeTenant;
}

export interface RecordReportOptions {
  channel: ReportChannel;
  /** Replays the first answer for the same key and report within 24 h; `secret` derives its receipt. */
  idempotency?: { key: string; secret: string };
  /** The keyed hash of the sender's address, when the report came over the network. */
  clientHash?: string | null;
  /** Runs once the tenant is known, before anything is decided (a public route checks the Origin here). */
  admit?: (tenant: TenantRef) => void | Promise<void>;
  /** Runs just before a new report is written, never for a replay (a single-use Turnstile token is checked here). */
  beforeWrite?: (tenant: TenantRef) => void | Promise<void>;
}

/** Collisions of a 49-bit code are rare; three draws make a failure practically impossible. */
const MAX_CODE_ATTEMPTS = 3;

/**
 * Records a report: one read (tenant, category, unit, earlier answer), then
 * one batch with the report, its first public timeline event, its audit
 * entry and the idempotency record. Members of the public may file through
 * the web form and Open311; staff record calls, emails and visits.
 */
export async function recordReport(
  ctx: IntakeContext,
  input: RecordReport,
  options: RecordReportOptions,
): Promise<RecordedReport> {
  assertMayRecord(ctx, options.channel);
  const scope = intakeScope(options.channel);
  const idem = options.idempotency;
  const requestHash = idem ? await requestHashOf(options.channel, input) : null;
  const facts = await loadIntake(ctx, ctx.tenant, {
    category: input.category,
    unitId: input.unitId,
    scope,
    key: idem?.key,
  });
  const { tenant } = facts;
  await options.admit?.(tenant);
  const replay = (stored: StoredAnswer) => replayAnswer(stored, tenant, idem, requestHash);
  if (isLive(facts.stored, ctx.now)) return replay(facts.stored);

  const category = facts.category;
  if (!category?.active) throw unknownCategory(input.category);
  if (input.unitId && !facts.unitFound) throw invalidReference("body.unitId", "unit");
  await options.beforeWrite?.(tenant);

  const at = ctx.now.toISOString();
  const id = newId(ctx.now);
  const dueAt = dueAfterWorkingDays(workingCalendar(tenant), ctx.now, category.deadlineWorkingDays).toISOString();
  const receipt =
    idem && requestHash
      ? await derivedReceipt(idem.secret, { tenantId: tenant.id, key: idem.key, requestHash })
      : newReceipt();
  const hash = await receiptHash(receipt);
  const categoryName = { code: category.code, nameVi: category.nameVi, nameEn: category.nameEn };
  const blank = (value: string | undefined) => (value ? value : null);
  const actorId = ctx.actor.type === "user" ? ctx.actor.userId : null;

  for (let attempt = 1; ; attempt++) {
    const trackingCode = newTrackingCode();
    const answer = { id, trackingCode, status: "received" as const, channel: options.channel, dueAt, createdAt: at };
    const row = {
      id,
      tenantId: tenant.id,
      trackingCode,
      receiptHash: hash,
      channel: options.channel,
      categoryCode: category.code,
      description: input.description,
      unitId: input.unitId ?? null,
      unitText: blank(input.unitText),
      officialText: blank(input.officialText),
      occurredAt: input.occurredAt ?? null,
      location: blank(input.location),
      reporterName: blank(input.reporterName),
      reporterPhone: blank(input.reporterPhone),
      reporterEmail: blank(input.reporterEmail),
      consentToContact: input.consentToContact,
      status: "received" as const,
      dueAt,
      clientHash: options.clientHash ?? null,
      createdAt: at,
      updatedAt: at,
    };
    const statements: BatchItem<"sqlite">[] = [
      ctx.db.insert(reports).values(row),
      ctx.db.insert(reportEvents).values({
        id: newId(ctx.now),
        tenantId: tenant.id,
        reportId: id,
        kind: "status_changed",
        fromStatus: null,
        toStatus: "received",
        public: true,
        body: null,
        actorType: ctx.actor.type,
        actorId,
        at,
      }),
      auditEntry(ctx, {
        tenantId: tenant.id,
        action: "report.received",
        entityType: "report",
        entityId: id,
        // Who reported stays in the report row, where it can be corrected or
        // erased; the append-only audit log keeps only that contact was given.
        after: {
          trackingCode,
          channel: options.channel,
          categoryCode: category.code,
          unitId: row.unitId,
          status: row.status,
          dueAt,
          reporterGaveContact: Boolean(row.reporterName || row.reporterPhone || row.reporterEmail),
          consentToContact: row.consentToContact,
        },
      }),
    ];
    if (idem && requestHash) {
      const responseBody = JSON.stringify({ ...answer, category: categoryName });
      statements.push(...claimKey(ctx, { tenantId: tenant.id, scope, key: idem.key, requestHash, responseBody }));
    }
    try {
      await ctx.db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      return { ...answer, receipt, category: categoryName, replayed: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either a concurrent request with the same key won (answer with its
      // report), or the tracking code collided (draw another).
      if (idem) {
        const winner = await storedAnswer(ctx, { tenantId: tenant.id, scope, key: idem.key });
        if (isLive(winner, ctx.now)) return replay(winner);
      }
      if (attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}

async function replayAnswer(
  stored: StoredAnswer,
  tenant: TenantRef,
  idem: RecordReportOptions["idempotency"],
  requestHash: string | null,
): Promise<RecordedReport> {
  if (!idem || stored.requestHash !== requestHash) throw idempotencyKeyReused();
  const first = JSON.parse(stored.responseBody) as Omit<RecordedReport, "receipt" | "replayed">;
  const receipt = await derivedReceipt(idem.secret, { tenantId: tenant.id, key: idem.key, requestHash });
  return { ...first, receipt, replayed: true };
}

function assertMayRecord(ctx: DomainContext, channel: ReportChannel): void {
  if (ctx.actor.type === "user") {
    assertCan(ctx, "reports:triage");
    return;
  }
  if (ctx.actor.type === "public" && channel !== "web" && channel !== "open311") {
    throw new DomainError(
      "forbidden",
      "Chỉ cán bộ mới ghi nhận phản ánh qua kênh này · Only staff record reports on this channel",
    );
  }
}

function unknownCategory(code: string): DomainError {
  return new DomainError("unknown_category", `Không có loại phản ánh "${code}" · No report category "${code}"`, [
    { path: "body.category", message: "Không có loại phản ánh này · No such category" },
  ]);
}
