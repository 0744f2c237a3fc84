import { createRoute, z } from "@hono/zod-openapi";
import {
  addReporterMessage,
  DomainError,
  followReport,
  getPublicHotline,
  type PublicReport,
  ReporterMessage,
  resolveTenant,
} from "@kycuong/domain";
import type { Context } from "hono";
import { receiptRateLimit } from "../../hotline/intake-guards";
import type { AppEnv } from "../../http/app-env";
import { domainContext } from "../../http/domain-context";
import { createRouter } from "../../http/router";
import { textFields } from "../../pages/hotline/form-values";
import { StatusPage } from "../../pages/hotline/status-page";
import { langOf } from "../../pages/i18n";
import { TenantSlug } from "../public/tenants";
import { pageHeaders } from "./page-headers";

const params = z.object({ slug: TenantSlug });
const query = z.object({ lang: z.enum(["vi", "en"]).optional() });
const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });

/** Receipt guesses through the page count with guesses through the API (same binding, same key). */
const receiptLimit = receiptRateLimit(async (c) => textFields(await c.req.parseBody()).trackingCode ?? "");

const showRoute = createRoute({
  method: "get",
  path: "/t/{slug}/hotline/status",
  tags: ["Pages"],
  summary: "Follow a report: enter its tracking code and receipt",
  request: { params, query },
  responses: { 200: html("The look-up form") },
});

const lookUpRoute = createRoute({
  method: "post",
  path: "/t/{slug}/hotline/status",
  tags: ["Pages"],
  summary: "The look-up form's post: status, public timeline, answer",
  middleware: [receiptLimit],
  request: { params, query },
  responses: { 200: html("The report"), 404: html("No report matches (the same page for every miss)") },
});

const messageRoute = createRoute({
  method: "post",
  path: "/t/{slug}/hotline/status/messages",
  tags: ["Pages"],
  summary: "Add information to a report from the status page",
  middleware: [receiptLimit],
  request: { params, query },
  responses: { 200: html("The report with the message added"), 404: html("No report matches") },
});

interface Shown {
  trackingCode: string;
  receipt: string;
  report: PublicReport | null;
  notFound: boolean;
  messageSent: boolean;
  messageError: string | null;
}

async function render(c: Context<AppEnv>, slug: string, shown: Shown, status: 200 | 404) {
  const ctx = domainContext(c, { type: "public" });
  const tenant = await resolveTenant(ctx, slug);
  const hotline = await getPublicHotline(ctx, slug);
  const page = StatusPage({
    lang: langOf(c.req.query("lang")),
    slug,
    tenantName: hotline.tenant.name,
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

async function follow(c: Context<AppEnv>, slug: string, trackingCode: string, receipt: string) {
  const ctx = {
    ...domainContext(c, { type: "public" }),
    tenant: await resolveTenant(domainContext(c, { type: "public" }), slug),
  };
  try {
    return { ctx, report: await followReport(ctx, { trackingCode, receipt }) };
  } catch (error) {
    if (error instanceof DomainError && error.code === "report_not_found") return { ctx, report: null };
    throw error;
  }
}

export const statusPageRoutes = createRouter()
  .openapi(showRoute, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    return render(c, slug, empty, 200);
  })
  .openapi(lookUpRoute, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const form = textFields(await c.req.parseBody());
    const trackingCode = form.trackingCode?.trim() ?? "";
    const receipt = form.receipt?.trim() ?? "";
    const { report } = await follow(c, slug, trackingCode, receipt);
    return render(c, slug, { ...empty, trackingCode, receipt, report, notFound: !report }, report ? 200 : 404);
  })
  .openapi(messageRoute, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const form = textFields(await c.req.parseBody());
    const trackingCode = form.trackingCode?.trim() ?? "";
    const receipt = form.receipt?.trim() ?? "";
    const { ctx } = await follow(c, slug, trackingCode, receipt);
    let messageError: string | null = null;
    try {
      const parsed = ReporterMessage.safeParse({ message: form.message ?? "" });
      if (!parsed.success)
        throw new DomainError("invalid", "validation_failed", "Nội dung từ 1 đến 5.000 ký tự · 1 to 5,000 characters");
      await addReporterMessage(ctx, { trackingCode, receipt }, parsed.data);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === "report_not_found") return render(c, slug, { ...empty, trackingCode, notFound: true }, 404);
      messageError = error.fieldErrors[0]?.message ?? error.message;
    }
    const { report } = await follow(c, slug, trackingCode, receipt);
    if (!report) return render(c, slug, { ...empty, trackingCode, notFound: true }, 404);
    return render(c, slug, { ...empty, trackingCode, receipt, report, messageSent: !messageError, messageError }, 200);
  });
