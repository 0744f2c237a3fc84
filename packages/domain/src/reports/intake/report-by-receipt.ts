import { inTenant, reportCategories, reportEvents, reports } from "@kycuong/db";
import { and, asc, eq } from "drizzle-orm";
import { constantTimeEqual } from "../../auth/secret-token";
import type { TenantContext } from "../../context";
import { DomainError } from "../../errors";
import type { PublicEventSource, PublicReportSource } from "../public-report";
import { normalizeTrackingCode, receiptHash } from "./report-codes";

/** What an unknown code, another tenant's code and a wrong or missing receipt all answer, word for word. */
export function noReportForReceipt() {
  return new DomainError(
    "report_not_found",
    "Không tìm thấy phản ánh với mã và biên nhận này · No report matches this tracking code and receipt",
  );
}

/** Compared against when no report matched, so a miss costs what a wrong receipt costs. */
const NO_REPORT_HASH = "0".repeat(64);

export interface ReceiptHolderView {
  reportId: string;
  report: PublicReportSource;
  events: PublicEventSource[];
}

/**
 * The report a tracking code and receipt open, in one round trip (the report
 * and its public events are read in one batch), or `report_not_found`.
 */
export async function reportByReceipt(
  ctx: TenantContext,
  trackingCode: string,
  receipt: string | undefined,
): Promise<ReceiptHolderView> {
  const code = normalizeTrackingCode(trackingCode) ?? "";
  const [[row], events] = await ctx.db.batch([
    ctx.db
      .select({
        id: reports.id,
        receiptHash: reports.receiptHash,
        trackingCode: reports.trackingCode,
        status: reports.status,
        categoryCode: reports.categoryCode,
        categoryNameVi: reportCategories.nameVi,
        categoryNameEn: reportCategories.nameEn,
        createdAt: reports.createdAt,
        dueAt: reports.dueAt,
        answer: reports.answer,
        rejectionReason: reports.rejectionReason,
      })
      .from(reports)
      .leftJoin(
        reportCategories,
        and(eq(reportCategories.tenantId, reports.tenantId), eq(reportCategories.code, reports.categoryCode)),
      )
      .where(inTenant(reports, ctx.tenant.id, eq(reports.trackingCode, code)))
      .limit(1),
    ctx.db
      .select({
        at: reportEvents.at,
        kind: reportEvents.kind,
        toStatus: reportEvents.toStatus,
        body: reportEvents.body,
        public: reportEvents.public,
      })
      .from(reportEvents)
      .innerJoin(reports, eq(reports.id, reportEvents.reportId))
      .where(
        inTenant(
          reportEvents,
          ctx.tenant.id,
          and(eq(reportEvents.public, true), eq(reports.tenantId, ctx.tenant.id), eq(reports.trackingCode, code)),
        ),
      )
      .orderBy(asc(reportEvents.at), asc(reportEvents.id)),
  ]);
  const offered = await receiptHash(receipt ?? "");
  const matches = constantTimeEqual(offered, row?.receiptHash ?? NO_REPORT_HASH);
  if (!row || !receipt || !matches) throw noReportForReceipt();
  const { id, receiptHash: _hash, ...report } = row;
  return { reportId: id, report, events };
}
