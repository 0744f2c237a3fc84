import { z } from "@hono/zod-openapi";
import { DomainError } from "@kycuong/domain/errors";
import { rolesGrant } from "@kycuong/domain/identity";
import { recordStaffReport, reportFormChoices, reportInbox, StaffRecordReport } from "@kycuong/domain/reports";
import type { Context } from "hono";
import { consoleLang } from "../../console/console-lang";
import { consoleFrame, consolePage, seeOther } from "../../console/console-page";
import { parseInboxFilters } from "../../console/report-filters";
import { keepReceipt } from "../../console/report-receipt";
import type { AppEnv } from "../../http/app-env";
import { consoleRoute } from "../../http/console-route";
import { formBody } from "../../http/form-body";
import { createRouter } from "../../http/router";
import { tenantContext } from "../../http/tenant-context";
import { toFieldErrors } from "../../http/validation-errors";
import { ReportInboxPage } from "../../pages/console/report-inbox-page";
import { ReportNewPage } from "../../pages/console/report-new-page";
import { rt } from "../../pages/console/report-text";
import { type FormErrors, formErrors } from "../../pages/hotline/form-errors";
import { reportFromForm, textFields } from "../../pages/hotline/form-values";
import { oneLanguage } from "../../pages/i18n";
import { TenantSlug } from "../public/tenants";
import { reportCaseRoutes } from "./report-case";

const params = z.object({ slug: TenantSlug });
const optional = z.string().max(200).optional();

const showInbox = consoleRoute({
  operationId: "showReportInbox",
  method: "get",
  path: "/reports",
  permission: "reports:read",
  summary: "The hotline inbox: filters, deadline badges, pages (a unit head sees their subtree only)",
  request: {
    params,
    // Read loosely here: a wrong value gets the page again with its error summary (400), not a bare problem.
    query: z.object({
      status: z.union([z.string().max(40), z.array(z.string().max(40)).max(20)]).optional(),
      category: optional,
      unitId: optional,
      overdue: optional,
      unassigned: optional,
      from: optional,
      to: optional,
      q: optional,
      cursor: optional,
      lang: z.enum(["vi", "en"]).optional(),
    }),
  },
  responses: { 400: { description: "A filter value is wrong: the page with the error summary" } },
});

const newForm = consoleRoute({
  operationId: "showRecordReportForm",
  method: "get",
  path: "/reports/new",
  permission: "reports:triage",
  summary: "The form for a report taken by phone, email or in person",
  request: { params, query: z.object({ lang: z.enum(["vi", "en"]).optional() }) },
});

const recordNew = consoleRoute({
  operationId: "recordReportFromConsole",
  method: "post",
  path: "/reports/new",
  permission: "reports:triage",
  summary: "Record it (the same intake as the API): then to the new case page, which shows the receipt once",
  request: { params },
  responses: {
    303: { description: "Recorded: to the case page" },
    400: { description: "The form again, with its errors" },
  },
});

async function newPage(c: Context<AppEnv>, values: Record<string, string>, errors: FormErrors, status: 200 | 400) {
  const ctx = tenantContext(c);
  const page = ReportNewPage({
    frame: consoleFrame(c),
    tenant: ctx.tenant,
    choices: await reportFormChoices(ctx),
    values,
    errors,
  });
  return consolePage(c, page, status);
}

export const reportPages = createRouter()
  .openapi(showInbox, async (c) => {
    const ctx = tenantContext(c);
    const frame = consoleFrame(c);
    const { lang } = frame;
    const { filters, query, errors } = parseInboxFilters(c.req.queries(), ctx.tenant.timezone, lang);
    let inbox = null;
    if (Object.keys(errors).length === 0) {
      try {
        inbox = await reportInbox(ctx, query);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== "invalid_cursor") throw error;
        errors.cursor = rt(lang, "badFilter");
      }
    }
    const page = ReportInboxPage({
      frame,
      tenant: ctx.tenant,
      filters,
      errors,
      inbox,
      mayRecord: rolesGrant(c.var.consoleSession.account.roles, "reports:triage"),
      now: ctx.now,
    });
    return consolePage(c, page, inbox ? 200 : 400);
  })
  .openapi(newForm, async (c) => newPage(c, {}, {}, 200))
  .openapi(recordNew, async (c) => {
    const ctx = tenantContext(c);
    const lang = consoleLang(c);
    const values = textFields(await formBody(c));
    const input = StaffRecordReport.safeParse({
      ...reportFromForm(values, ctx.tenant.timezone),
      channel: values.channel ?? "",
    });
    let errors: FormErrors;
    if (input.success) {
      try {
        // The form's own key: posted twice (a double click, a reload), it records one report.
        const submission = /^[A-Za-z0-9_-]{20,100}$/.test(values.submission ?? "") ? values.submission : undefined;
        const recorded = await recordStaffReport(
          ctx,
          input.data,
          submission ? { key: `console:${submission}`, secret: c.var.config.HOTLINE_SECRET } : undefined,
        );
        keepReceipt(c, recorded.id, recorded.receipt);
        return seeOther(c, `/t/${ctx.tenant.slug}/app/reports/${recorded.id}`);
      } catch (error) {
        if (!(error instanceof DomainError) || error.fieldErrors.length === 0) throw error;
        errors = formErrors(error.fieldErrors);
      }
    } else {
      errors = formErrors(toFieldErrors("form", input.error.issues));
    }
    for (const [field, message] of Object.entries(errors)) errors[field] = oneLanguage(lang, message);
    return newPage(c, values, errors, 400);
  })
  .route("/", reportCaseRoutes);
