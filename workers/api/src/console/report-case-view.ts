import { availableMoves, reportCase, type TransitionTarget } from "@kycuong/domain/reports";
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env";
import { tenantContext } from "../http/tenant-context";
import type { FieldError } from "../http/validation-errors";
import type { FailedForm } from "../pages/console/report-actions";
import { type CaseNotice, ReportCasePage } from "../pages/console/report-case-page";
import { formErrors } from "../pages/hotline/form-errors";
import { type Lang, oneLanguage } from "../pages/i18n";
import { consoleFrame, consolePage } from "./console-page";
import { takeReceipt } from "./report-receipt";

/**
 * The case page as it is now (one round trip after the session's), with
 * the forms the viewer's roles and the report's status allow; after a
 * refused post, with that form's errors or the notice saying why nothing
 * was written.
 */
export async function casePage(
  c: Context<AppEnv>,
  id: string,
  options: { notice?: CaseNotice | null; failed?: FailedForm; status: 200 | 400 | 409 },
) {
  const ctx = tenantContext(c);
  const data = await reportCase(ctx, id);
  const page = ReportCasePage({
    frame: consoleFrame(c),
    tenant: ctx.tenant,
    data,
    now: ctx.now,
    moves: availableMoves(data.report.status, (permission) => data.mayUse.includes(permission)),
    mayNote: data.mayUse.includes("reports:resolve"),
    notice: options.notice ?? null,
    failed: options.failed ?? null,
    receipt: options.status === 200 ? takeReceipt(c, data.report.id) : null,
  });
  return consolePage(c, page, options.status);
}

/** Form fields named as the move's input names them (`body.duplicateOfCode`) → the form's own field names. */
const formNames: Record<string, string> = {
  duplicateOfId: "duplicateOf",
  duplicateOfCode: "duplicateOf",
  dueAt: "dueDate",
};

/** A refused form: its errors in the page's language, keyed by its own field names, and what was typed. */
export function failedForm(
  lang: Lang,
  form: TransitionTarget | "note" | string,
  body: Record<string, unknown>,
  fieldErrors: FieldError[],
): FailedForm {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(formErrors(fieldErrors))) {
    errors[formNames[field] ?? field] ??= oneLanguage(lang, message);
  }
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === "string");
  }
  return { form: form as FailedForm["form"], errors, values };
}
