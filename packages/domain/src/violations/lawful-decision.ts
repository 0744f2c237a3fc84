import { inTenant, officials } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { dayMonthYear, localDate } from "../calendar/local-date";
import { workingCalendar } from "../calendar/working-calendar";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { decisionNameList, decisionNames } from "./decision-names";
import { disciplinaryPeriod } from "./disciplinary-period";
import { allowedDecisions, nonDisciplinaryOutcomes } from "./discipline-rules";
import { disciplinaryPeriodExpired } from "./violation-errors";
import type { RecordDecision } from "./violation-input";
import type { RecordOfficialRow, RecordRow } from "./violation-query";

/**
 * What the law asks of a decision before it is recorded (docs/inspections-and-violations.md):
 * the official had their chance to explain; the decision is dated between
 * the record's issue and today (the tenant's local date), and after the
 * explanation came in or its deadline passed; a disciplinary form is taken
 * within the disciplinary period; and the form is one the rules in force on
 * the decision's date allow for this official (discipline-rules.ts).
 */
export async function assertDecisionLawful(
  ctx: TenantContext,
  record: RecordRow,
  link: RecordOfficialRow,
  input: RecordDecision,
): Promise<void> {
  const zone = ctx.tenant.timezone;
  if (link.status === "issued") {
    throw explanationPending(
      "Chưa yêu cầu cán bộ giải trình: hãy yêu cầu giải trình trước khi quyết định · The official has not been asked to explain: request an explanation before deciding",
    );
  }
  if (
    link.status === "explanation_requested" &&
    link.explanationDueAt &&
    ctx.now.toISOString() <= link.explanationDueAt
  ) {
    throw explanationPending(
      `Cán bộ còn thời hạn giải trình đến hết ngày ${localDate(new Date(link.explanationDueAt), zone)} · The official may still explain until the end of ${localDate(new Date(link.explanationDueAt), zone)}`,
    );
  }

  const date = input.decisionDocDate;
  const today = localDate(ctx.now, zone);
  const issuedOn = record.issuedAt ? localDate(new Date(record.issuedAt), zone) : today;
  if (date < issuedOn)
    throw decisionDateInvalid(
      `không được trước ngày ban hành biên bản (${issuedOn}) · cannot be before the record was issued (${issuedOn})`,
    );
  if (date > today)
    throw decisionDateInvalid(`không được sau hôm nay (${today}) · cannot be in the future (today is ${today})`);
  if (link.explanationReceivedAt) {
    const receivedOn = localDate(new Date(link.explanationReceivedAt), zone);
    if (date < receivedOn) {
      throw decisionDateInvalid(
        `không được trước ngày nhận giải trình (${receivedOn}) · cannot be before the explanation was received (${receivedOn})`,
      );
    }
  } else if (link.explanationDueAt) {
    const dueOn = localDate(new Date(link.explanationDueAt), zone);
    if (date <= dueOn) {
      throw decisionDateInvalid(
        `phải sau hạn giải trình (${dueOn}) · must come after the explanation deadline (${dueOn})`,
      );
    }
  }

  const [official] = await ctx.db
    .select({ kind: officials.kind, holdsLeadershipPost: officials.holdsLeadershipPost })
    .from(officials)
    .where(inTenant(officials, ctx.tenant.id, eq(officials.id, link.officialId)))
    .limit(1);
  if (!official) throw new Error(`violation record ${record.id} names an official missing from the tenant`);
  const allowed = allowedDecisions(official, date);
  if (!allowed.includes(input.decision)) {
    const tried = decisionNames[input.decision];
    const [allowedVi, allowedEn] = [decisionNameList(allowed, "vi"), decisionNameList(allowed, "en")];
    const day = dayMonthYear(date);
    throw new DomainError(
      "decision_form_not_allowed",
      `Hình thức “${tried.vi}” không áp dụng cho cán bộ này vào ngày ${day}; được phép: ${allowedVi} · ` +
        `“${tried.en}” is not a form this official can be given on ${day}; allowed: ${allowedEn}`,
      [{ path: "body.decision", message: `Được phép: ${allowedVi} · Allowed: ${allowedEn}` }],
      { extensions: { allowedDecisions: allowed } },
    );
  }

  const period = disciplinaryPeriod(record.issuedAt, link, workingCalendar(ctx.tenant));
  if (period && !nonDisciplinaryOutcomes.includes(input.decision) && date > period.endsOn) {
    throw disciplinaryPeriodExpired(period.endsOn);
  }
}

function explanationPending(message: string): DomainError {
  return new DomainError("explanation_pending", message);
}

function decisionDateInvalid(why: string): DomainError {
  const [vi, en] = why.split(" · ");
  return new DomainError("decision_date_invalid", `Ngày quyết định ${vi} · The decision's date ${en}`, [
    { path: "body.decisionDocDate", message: why },
  ]);
}
