import { z } from "@hono/zod-openapi";
import type { TenantContext } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import {
  addReporterMessage,
  followReport,
  PublicReport,
  PublicTimelineEntry,
  RecordReport,
  ReporterMessage,
  recordReport,
} from "@kycuong/domain/reports";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import { intakeRateLimit, receiptRateLimit, requireHuman } from "../../hotline/intake-guards";
import type { AppEnv } from "../../http/app-env";
import { clientHash } from "../../http/client-ip";
import { jsonBody, jsonResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { admitOrigin } from "../../middleware/public-cors";
import { TenantSlug } from "./tenants";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Public";
const IntakeBody = RecordReport.extend({
  /** Hidden from people by the form; a bot that fills it gets 400 and nothing is stored. */
  website: z.string().max(500).optional(),
  /** Required when the tenant turned Turnstile on (its `hotline.turnstileSiteKey`). */
  turnstileToken: z.string().max(4096).optional(),
});

const IntakeHeaders = z.object({
  "idempotency-key": z
    .string()
    .regex(/^[\x20-\x7E]{1,200}$/, "1–200 ký tự in được (ASCII) · 1–200 printable ASCII characters")
    .optional()
    .openapi({ description: "Same key and body within 24 h: the first answer again, nothing new created" }),
});

/** The answer to a filed report: its tracking code and the receipt shown only now. */
export const Intake = z
  .object({
    trackingCode: z.string().openapi({ example: "K7QM-4HZP-XR" }),
    receipt: z.string().openapi({ description: "Shown only now; needed to follow the report" }),
    status: z.literal("received"),
    dueAt: z.string(),
    category: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  })
  .openapi("ReportIntake");

const ReceiptHeaders = z.object({
  "x-receipt": z.string().optional().openapi({ description: "The receipt given when the report was sent" }),
});
const ReportParams = z.object({
  slug: TenantSlug,
  trackingCode: z.string().openapi({ param: { name: "trackingCode", in: "path" }, example: "K7QM-4HZP-XR" }),
});
const notFoundAnswer = problemContent(
  "No report matches this code and receipt (`report_not_found`): the same answer for an unknown code, another tenant's code and a wrong or missing receipt",
);
const limited = problemContent("Too many attempts (`rate_limited`); see `Retry-After`");
const noStore = { "Cache-Control": "no-store" };

const intakeLimit = intakeRateLimit();
const receiptLimit = receiptRateLimit((c) => c.req.param("trackingCode") ?? "");

const intake = publicRoute({
  operationId: "submitReport",
  method: "post",
  path: "/",
  tag,
  summary: "Send a report (no login)",
  description:
    "Anonymous reports are allowed. Answers the tracking code and the receipt (shown once, stored only as a hash). " +
    "Protected by CORS (the tenant's own websites), a rate limit per client, an optional Turnstile check, a honeypot field (`website`) and `Idempotency-Key`.",
  middleware: [intakeLimit],
  request: { params: z.object({ slug: TenantSlug }), headers: IntakeHeaders, body: jsonBody(IntakeBody) },
  responses: {
    201: jsonResponse(Intake, "Received (also the replay of an earlier request with the same `Idempotency-Key`)"),
    400: problemContent(
      "Invalid report (`validation_failed`, `unknown_category`, `invalid_reference`), `honeypot_filled` or `turnstile_failed`",
    ),
    403: problemContent("`origin_not_allowed`, or the tenant is suspended (`tenant_suspended`)"),
    404: problemContent("No such tenant (`tenant_not_found`)"),
    409: problemContent("The `Idempotency-Key` was used with another body (`idempotency_key_reused`)"),
    413: problemContent("Body over 256 KiB (`payload_too_large`)"),
    429: limited,
    503: problemContent("Turnstile could not be reached (`turnstile_unavailable`)"),
  },
});

const follow = publicRoute({
  operationId: "followReport",
  method: "get",
  path: `/{trackingCode}`,
  tag,
  summary: "Follow a report with its receipt (no login)",
  description: "Status, public timeline and, once resolved, the answer. Never the reporter's details or staff notes.",
  middleware: [receiptLimit],
  request: { params: ReportParams, headers: ReceiptHeaders },
  responses: {
    200: jsonResponse(PublicReport, "The report as its reporter sees it"),
    404: notFoundAnswer,
    429: limited,
  },
});

const message = publicRoute({
  operationId: "addReporterMessage",
  method: "post",
  path: `/{trackingCode}/messages`,
  tag,
  summary: "Add information to a report with its receipt (no login)",
  middleware: [receiptLimit],
  request: { params: ReportParams, headers: ReceiptHeaders, body: jsonBody(ReporterMessage) },
  responses: {
    201: jsonResponse(PublicTimelineEntry, "Added to the report's timeline"),
    400: problemContent("Empty or too long (`validation_failed`)"),
    403: problemContent("`origin_not_allowed`, or the tenant is suspended (`tenant_suspended`)"),
    404: notFoundAnswer,
    429: limited,
  },
});

function honeypotFilled(): DomainError {
  return new DomainError(
    "honeypot_filled",
    "Biểu mẫu có trường ẩn đã được điền; phản ánh không được ghi nhận · A hidden form field was filled in; the report was not recorded",
  );
}

/** The follow-up routes' context: the tenant resolved, its origins checked. */
async function receiptHolderContext(c: Context<AppEnv>, slug: string): Promise<TenantContext> {
  c.set("tenantSlug", slug);
  const ctx = domainContext(c, { type: "public" });
  const tenant = await resolveTenant(ctx, slug);
  admitOrigin(c, tenant);
  return { ...ctx, tenant };
}

export const publicReportRoutes = createRouter()
  .openapi(intake, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const { website, turnstileToken, ...report } = c.req.valid("json");
    if (website) throw honeypotFilled();
    const key = c.req.valid("header")["idempotency-key"];
    const recorded = await recordReport({ ...domainContext(c, { type: "public" }), tenant: { slug } }, report, {
      channel: "web",
      clientHash: await clientHash(c),
      ...(key ? { idempotency: { key, secret: c.var.config.HOTLINE_SECRET } } : {}),
      admit: (tenant) => admitOrigin(c, tenant),
      beforeWrite: (tenant) => requireHuman(c, tenant, turnstileToken),
    });
    const { trackingCode, receipt, status, dueAt, category } = recorded;
    const headers = recorded.replayed ? { ...noStore, "Idempotency-Replayed": "true" } : noStore;
    return c.json({ trackingCode, receipt, status, dueAt, category }, 201, headers);
  })
  .openapi(follow, async (c) => {
    const { slug, trackingCode } = c.req.valid("param");
    const ctx = await receiptHolderContext(c, slug);
    const report = await followReport(ctx, { trackingCode, receipt: c.req.valid("header")["x-receipt"] });
    return c.json(report, 200, noStore);
  })
  .openapi(message, async (c) => {
    const { slug, trackingCode } = c.req.valid("param");
    const ctx = await receiptHolderContext(c, slug);
    const receipt = c.req.valid("header")["x-receipt"];
    return c.json(await addReporterMessage(ctx, { trackingCode, receipt }, c.req.valid("json")), 201, noStore);
  });
