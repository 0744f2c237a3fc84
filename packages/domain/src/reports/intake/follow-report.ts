import type { TenantContext } from "../../context";
import { type PublicReport, toPublicReport } from "../public-report";
import { reportByReceipt } from "./report-by-receipt";

/**
 * What the holder of a report's receipt may see: its status, public
 * timeline and answer. A wrong receipt and an unknown code answer the same.
 */
export async function followReport(
  ctx: TenantContext,
  request: { trackingCode: string; receipt: string | undefined },
): Promise<PublicReport> {
  const { report, events } = await reportByReceipt(ctx, request.trackingCode, request.receipt);
  return toPublicReport(report, events);
}
