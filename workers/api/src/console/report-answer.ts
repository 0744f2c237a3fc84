import type { LinkBase } from "@kycuong/domain/identity";
import { answeringStatuses, emailsReporter, type StaffReport } from "@kycuong/domain/reports";
import type { Context } from "hono";
import { MisconfiguredError } from "../env";
import type { AppEnv } from "../http/app-env";
import { linkBase, sendSingleEmailsNow } from "./send-now";

/**
 * Where the reporter's answer email links (the public status page), when
 * the deployment knows its address. The API runs without PUBLIC_BASE_URL
 * (see docs/configuration.md), so a report can still be answered there:
 * the email then goes without the link rather than the move failing.
 */
export function answerLinkBase(c: Context<AppEnv>): LinkBase | undefined {
  try {
    return linkBase(c);
  } catch (error) {
    if (error instanceof MisconfiguredError) return undefined;
    throw error;
  }
}

/**
 * After a move that wrote the reporter's answer email (API or console):
 * send it now, not at the next cron. A mover who may not see the reporter
 * (a unit head resolving) does not know whether an email was written, so
 * after any answering move the tenant's pending single emails go out.
 */
export function sendAnswerNow(c: Context<AppEnv>, report: Pick<StaffReport, "status" | "reporter">): void {
  const answered = report.reporter
    ? emailsReporter(report.status, report.reporter)
    : (answeringStatuses as readonly string[]).includes(report.status);
  if (answered) sendSingleEmailsNow(c, c.var.tenant);
}
