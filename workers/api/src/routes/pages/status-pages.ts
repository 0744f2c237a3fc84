import { z } from "@hono/zod-openapi";
import type { TenantContext, TenantRef } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { addReporterMessage, followReport, type PublicReport, ReporterMessage } from "@kycuong/domain/reports";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import { receiptRateLimit } from "../../hotline/intake-guards";
import type { AppEnv } from "../../http/app-env";
import { htmlResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { formBody } from "../../http/form-body";
import { createRouter } from "../../http/router";
import { textFields } from "../../pages/hotline/form-values";
import { StatusPage } from "../../pages/hotline/status-page";
import { langOf } from "../../pages/i18n";
import { TenantSlug } from "../public/tenants";
import { unavailablePageResponses } from "./page-errors";
import { pageHeaders } from "./page-headers";

const params = z.object({ slug: TenantSlug });
const query = z.object({ lang: z.enum(["vi", "en"]).optional() });

/** Receipt guesses through the page count with guesses through the API (same binding, same key). */
const receiptLimit = receiptRateLimit(async (c) => textFields(await formBody(c)).trackingCode ?? "");

const showRoute = publicRoute({
  operationId: "getReportStatusPage",
  method: "get",
  path: "/hotline/status",
  tag: "Pages",
  summary: "Follow a report: enter its tracking code and receipt",
  request: { params, query },
  responses: { 200: htmlResponse("The look-up form"), ...unavailablePageResponses },
});

const lookUpRoute = publicRoute({
  operationId: "lookUpReportStatus",
  method: "post",
  path: "/hotline/status",
  tag: "Pages",
  summary: "The look-up form's post: status, public timeline, answer",
  middleware: [receiptLimit],
  request: { params, query },
  responses: {
    200: htmlResponse("The report"),
    403: unavailablePageResponses[403],
    404: htmlResponse("No report matches (the same page for every miss), or no such tenant"),
  },
});

const messageRoute = publicRoute({
  operationId: "submitReportStatusMessage",
  method: "post",
  path: "/hotline/status/messages",
  tag: "Pages",
  summary: "Add information to a report from the status page",
  middleware: [receiptLimit],
  request: { params, query },
  responses: {
    200: htmlResponse("The report with the message added"),
    403: unavailablePageResponses[403],
    404: htmlResponse("No report matches, or no such tenant"),
  },
});

interface Shown {
  trackingCode: string;
  receipt: string;
  report: PublicReport | null;
  notFound: boolean;
  messageSent: boolean;
  messageError: string | null;
}

async function render(c: Context<AppEnv>, tenant: TenantRef, shown: Shown, status: 200 | 404) {
  const page = StatusPage({
    lang: langOf(c.req.query("lang")),
    slug: tenant.slug,
    tenantName: tenant.name,
    timeZone: tenant.timezone,
    ...shown,
    // The receipt goes back into the page only alongside a report it opened.
    receipt: shown.report ? shown.receipt : "",
  });
  return c.html(`<!DOCTYPE html>${page}`, status, pageHeaders(tenant));
}

const empty: Shown = {
  trackingCode: "",
  receipt: "",
  report: null,
  notFound: false,
  messageSent: false,
  messageError: null,
};

/** The page's tenant, resolved once per request (404 / 403 pages come from pageErrors). */
async function pageContext(c: Context<AppEnv>, slug: string): Promise<TenantContext> {
  c.set("tenantSlug", slug);
  const ctx = domainContext(c, { type: "public" });
  return { ...ctx, tenant: await resolveTenant(ctx, slug) };
}

async function follow(ctx: TenantContext, trackingCode: string, receipt: string) {
  try {
    return await followReport(ctx, { trackingCode, receipt });
  } catch (error) {
    if (error instanceof DomainError && error.code === "report_not_found") return null;
    throw error;
  }
}

export const statusPageRoutes = createRouter()
  .openapi(showRoute, async (c) => {
    const ctx = await pageContext(c, c.req.valid("param").slug);
    return render(c, ctx.tenant, empty, 200);
  })
  .openapi(lookUpRoute, async (c) => {
    const ctx = await pageContext(c, c.req.valid("param").slug);
    const form = textFields(await formBody(c));
    const trackingCode = form.trackingCode?.trim() ?? "";
    const receipt = form.receipt?.trim() ?? "";
    const report = await follow(ctx, trackingCode, receipt);
    return render(c, ctx.tenant, { ...empty, trackingCode, receipt, report, notFound: !report }, report ? 200 : 404);
  })
  .openapi(messageRoute, async (c) => {
    const ctx = await pageContext(c, c.req.valid("param").slug);
    const form = textFields(await formBody(c));
    const trackingCode = form.trackingCode?.trim() ?? "";
    const receipt = form.receipt?.trim() ?? "";
    let messageError: string | null = null;
    try {
      const parsed = ReporterMessage.safeParse({ message: form.message ?? "" });
      if (!parsed.success)
        throw new DomainError("validation_failed", "Nội dung từ 1 đến 5.000 ký tự · 1 to 5,000 characters");
      await addReporterMessage(ctx, { trackingCode, receipt }, parsed.data);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code !== "report_not_found") messageError = error.fieldErrors[0]?.message ?? error.message;
    }
    const report = await follow(ctx, trackingCode, receipt);
    if (!report) return render(c, ctx.tenant, { ...empty, trackingCode, notFound: true }, 404);
    return render(
      c,
      ctx.tenant,
      { ...empty, trackingCode, receipt, report, messageSent: !messageError, messageError },
      200,
    );
  });
