import { assertCan } from "../access/assert-can";
import { localDate } from "../calendar/local-date";
import { workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { changeRecordOfficial } from "./change-record-official";
import { disciplinaryPeriod } from "./disciplinary-period";
import { disciplinaryPeriodRule } from "./discipline-rules";
import { disciplinaryPeriodExpired } from "./violation-errors";
import type { ExtendDisciplinaryPeriod } from "./violation-input";
import type { ViolationRecord } from "./violation-view";

/**
 * Extends one official's disciplinary period, once, with a reason (a complex
 * case): to `days` from the record's issue (default and at most the rule's
 * extended period, 150 days). Only while the official is undecided and the
 * period has not already run out. Whoever may decide may extend.
 */
export async function extendDisciplinaryPeriod(
  ctx: TenantContext,
  recordId: string,
  officialId: string,
  input: ExtendDisciplinaryPeriod,
): Promise<ViolationRecord> {
  assertCan(ctx, "inspections:manage");
  let days = 0;
  return changeRecordOfficial(ctx, recordId, officialId, {
    action: "violation_record.period_extended",
    target: "period_extended",
    allowed: (o) =>
      o.status === "issued" || o.status === "explanation_requested" || o.status === "explanation_received",
    check: async (o, record) => {
      const period = disciplinaryPeriod(record.issuedAt, o, workingCalendar(ctx.tenant));
      if (!period || !record.issuedAt) return;
      if (period.extended) {
        throw new DomainError(
          "disciplinary_period_already_extended",
          `Thời hạn đã được gia hạn đến ${period.endsOn}; chỉ gia hạn một lần · The period was already extended to ${period.endsOn}; it can be extended once only`,
        );
      }
      if (ctx.now.toISOString() > period.endsAt) throw disciplinaryPeriodExpired(period.endsOn);
      const rule = disciplinaryPeriodRule(localDate(new Date(record.issuedAt), ctx.tenant.timezone));
      days = input.days ?? rule.extendedDays;
      if (days <= rule.days || days > rule.extendedDays) {
        throw new DomainError(
          "validation_failed",
          "Dữ liệu gửi lên không hợp lệ · The request did not pass validation",
          [
            {
              path: "body.days",
              message: `Từ ${rule.days + 1} đến ${rule.extendedDays} ngày kể từ khi ban hành biên bản · From ${rule.days + 1} to ${rule.extendedDays} days from the record's issue`,
            },
          ],
        );
      }
    },
    change: () => ({
      periodDays: days,
      periodExtensionReason: input.reason,
      periodExtendedAt: ctx.now.toISOString(),
      periodExtendedBy: ctx.actor.type === "user" ? ctx.actor.userId : "system",
    }),
  });
}
