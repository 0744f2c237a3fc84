import { z } from "zod";
import type { TenantContext } from "../../context";
import { type RecordReportOptions, recordReport } from "../intake/record-report";
import { type RecordedReport, RecordReport } from "../intake/report-input";

/** The ways a report reaches staff rather than the web form. */
export const staffChannels = ["phone", "email", "in_person"] as const;

/** A report a hotline officer records on a caller's behalf: the public form's fields plus how it came in. */
export const StaffRecordReport = RecordReport.extend({ channel: z.enum(staffChannels) });
export type StaffRecordReport = z.infer<typeof StaffRecordReport>;

/**
 * Records a call, email or visit through the same intake as the public form
 * (same deadline, tracking code and receipt), so the officer can read the
 * receipt back to the caller once. `recordReport` checks `reports:triage`.
 * With `idempotency` (the console form's submission key), a form posted twice
 * (a double click, a reload) records one report and answers the first again.
 */
export function recordStaffReport(
  ctx: TenantContext,
  input: StaffRecordReport,
  idempotency?: RecordReportOptions["idempotency"],
): Promise<RecordedReport> {
  const { channel, ...report } = input;
  return recordReport(ctx, report, { channel, ...(idempotency ? { idempotency } : {}) });
}
