import { renderSingleEmail, singleEmailStatement } from "../../alerts/single-email";
import type { LinkBase } from "../../auth/password-links";
import type { TenantContext } from "../../context";
import type { ReportRow } from "./load-report";

/**
 * The moves that answer the reporter: a resolution (with its answer), a
 * rejection (with its reason) and a duplicate (handled with an earlier
 * report) all end the case from the reporter's side, so each is told by
 * email. Accepting, assigning or closing is not an answer: the status page
 * shows those.
 */
export const answeringStatuses = ["resolved", "rejected", "duplicate"] as const;
type AnsweringStatus = (typeof answeringStatuses)[number];

/** Whether a report in this status, with this reporter, gets the answer email: only with an email AND consent. */
export function emailsReporter(status: string, reporter: { email: string | null; consentToContact: boolean }): boolean {
  return (answeringStatuses as readonly string[]).includes(status) && !!reporter.email && reporter.consentToContact;
}

const statusLines: Record<AnsweringStatus, string> = {
  resolved: "Đã giải quyết · Resolved",
  rejected: "Không thụ lý · Not taken up",
  duplicate: "Trùng phản ánh khác, được xử lý chung · A duplicate, handled with an earlier report",
};

/**
 * The reporter's email for an answering move, for the move's own batch:
 * written with the move or not at all, once per answering event (`ref`),
 * so a retried request never writes two. It carries the status, the text
 * the reporter may read (the answer or the rejection reason: both already
 * public in their timeline) and the status page's address; never the
 * receipt, an internal note or a staff member's name.
 */
export function answerEmailStatement(
  ctx: TenantContext,
  report: ReportRow,
  move: { to: string; eventId: string; answer?: string; reason?: string },
  base: LinkBase | undefined,
) {
  if (!emailsReporter(move.to, { email: report.reporterEmail, consentToContact: report.consentToContact })) return [];
  const to = move.to as AnsweringStatus;
  const tenant = ctx.tenant;
  const paragraphs = [
    `Mã phản ánh · Tracking code: ${report.trackingCode}`,
    `Trạng thái · Status: ${statusLines[to]}`,
    ...(move.answer ? ["Trả lời · Answer:", move.answer] : []),
    ...(move.reason ? ["Lý do không thụ lý · Why it was not taken up:", move.reason] : []),
    "Xem toàn bộ diễn biến tại trang theo dõi phản ánh, bằng mã phản ánh và mã bí mật bạn nhận được khi gửi. " +
      "· See the whole timeline on the status page, with the tracking code and the receipt you were given.",
    `Thư tự động từ hệ thống Kỷ Cương của ${tenant.name}; vui lòng không trả lời thư này. ` +
      `· An automated message from the Kỷ Cương system of ${tenant.name}; please do not reply.`,
  ];
  const rendered = renderSingleEmail({
    subject: `[Kỷ Cương] ${tenant.name}: phản ánh ${report.trackingCode} đã có trả lời · Your report has an answer`,
    heading: "Phản ánh của bạn đã có trả lời · Your report has an answer",
    paragraphs,
    ...(base
      ? {
          action: {
            label: "Theo dõi phản ánh · Follow up your report",
            href: `${base.baseUrl.replace(/\/+$/, "")}/t/${tenant.slug}/hotline/status`,
          },
        }
      : {}),
  });
  return [
    singleEmailStatement(ctx, tenant, {
      kind: "report_answer",
      recipient: report.reporterEmail ?? "",
      ref: move.eventId,
      rendered,
    }),
  ];
}
