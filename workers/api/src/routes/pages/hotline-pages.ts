import { z } from "@hono/zod-openapi";
import type { TenantRef } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { getPublicHotline, listPublicReportCategories } from "@kycuong/domain/hotline";
import { newSecretToken } from "@kycuong/domain/identity";
import { checkAttachments, RecordReport, recordReport, storeReportAttachments } from "@kycuong/domain/reports";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import { intakeRateLimit, requireHuman } from "../../hotline/intake-guards";
import type { AppEnv } from "../../http/app-env";
import { clientHash } from "../../http/client-ip";
import { htmlResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { formBody } from "../../http/form-body";
import { createRouter } from "../../http/router";
import { uploadedFiles } from "../../http/uploaded-files";
import { toFieldErrors } from "../../http/validation-errors";
import { MAX_UPLOAD_BODY_BYTES, routeBodyLimit } from "../../middleware/body-limits";
import { formErrors } from "../../pages/hotline/form-errors";
import { reportFromForm, textFields } from "../../pages/hotline/form-values";
import { HotlineFormPage } from "../../pages/hotline/hotline-form-page";
import { ReportSentPage } from "../../pages/hotline/report-sent-page";
import { langOf } from "../../pages/i18n";
import { TenantSlug } from "../public/tenants";
import { unavailablePageResponses } from "./page-errors";
import { pageHeaders } from "./page-headers";

const params = z.object({ slug: TenantSlug });
const query = z.object({ lang: z.enum(["vi", "en"]).optional() });

const formRoute = publicRoute({
  operationId: "getHotlinePage",
  method: "get",
  path: "/hotline",
  tag: "Pages",
  summary: "The district's hotline and report form (Vietnamese; `?lang=en` for English)",
  request: { params, query },
  responses: { 200: htmlResponse("The page"), ...unavailablePageResponses },
});

const sendRoute = publicRoute({
  operationId: "submitHotlineForm",
  method: "post",
  path: "/hotline",
  tag: "Pages",
  summary: "The report form's plain HTML post (multipart, works without JavaScript)",
  // The same bucket as the JSON intake: one client, one tenant, one limit.
  middleware: [intakeRateLimit(), routeBodyLimit(MAX_UPLOAD_BODY_BYTES)],
  request: { params, query },
  responses: {
    200: htmlResponse("The tracking code and receipt"),
    400: htmlResponse("The form again, with its errors"),
    ...unavailablePageResponses,
  },
});

async function formPage(
  c: Context<AppEnv>,
  slug: string,
  values: Record<string, string>,
  errors: Record<string, string>,
) {
  const ctx = domainContext(c, { type: "public" });
  const tenant = await resolveTenant(ctx, slug);
  const [hotline, categories] = await Promise.all([getPublicHotline(ctx, slug), listPublicReportCategories(ctx, slug)]);
  const lang = langOf(c.req.query("lang"));
  const page = HotlineFormPage({
    lang,
    slug,
    hotline,
    categories: categories.items,
    // A fresh key per form shown: sending the same form twice (a double
    // click, a refresh) replays the first answer instead of a second report.
    values: { formKey: newSecretToken(), ...values },
    errors,
    turnstileSiteKey: tenant.settings.hotline.turnstileSiteKey,
  });
  return { tenant, page };
}

function pageResponse(c: Context<AppEnv>, tenant: TenantRef, page: unknown, status: 200 | 400) {
  return c.html(`<!DOCTYPE html>${page}`, status, pageHeaders(tenant));
}

export const hotlinePageRoutes = createRouter()
  .openapi(formRoute, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const { tenant, page } = await formPage(c, slug, {}, {});
    return pageResponse(c, tenant, page, 200);
  })
  .openapi(sendRoute, async (c) => {
    const { slug } = c.req.valid("param");
    c.set("tenantSlug", slug);
    const values = textFields(await formBody(c, { all: true }));
    const showErrors = async (errors: Record<string, string>) => {
      const { tenant, page } = await formPage(c, slug, values, errors);
      return pageResponse(c, tenant, page, 400);
    };
    if (values.website) return showErrors({ website: "Để trống ô ẩn · Leave the hidden field empty" });

    const ctx = domainContext(c, { type: "public" });
    const tenant = await resolveTenant(ctx, slug);
    const parsed = RecordReport.safeParse(reportFromForm(values, tenant.timezone));
    if (!parsed.success) return showErrors(formErrors(toFieldErrors("json", parsed.error.issues)));
    let files: ReturnType<typeof checkAttachments>;
    try {
      files = checkAttachments(await uploadedFiles(c));
    } catch (error) {
      if (error instanceof DomainError) return showErrors(formErrors(error.fieldErrors));
      throw error;
    }
    try {
      const key = values.formKey;
      const recorded = await recordReport({ ...ctx, tenant: { slug } }, parsed.data, {
        channel: "web",
        clientHash: await clientHash(c),
        ...(key ? { idempotency: { key: `form:${key}`, secret: c.var.config.HOTLINE_SECRET } } : {}),
        beforeWrite: (t) => requireHuman(c, t, values["cf-turnstile-response"]),
      });
      if (!recorded.replayed)
        await storeReportAttachments({ ...ctx, tenant }, c.var.config.ATTACHMENTS, recorded.id, files);
      const lang = langOf(c.req.query("lang"));
      const page = ReportSentPage({
        lang,
        slug,
        tenantName: tenant.name,
        timeZone: tenant.timezone,
        trackingCode: recorded.trackingCode,
        receipt: recorded.receipt,
        dueAt: recorded.dueAt,
      });
      return pageResponse(c, tenant, page, 200);
    } catch (error) {
      if (error instanceof DomainError && error.status === 400) {
        return showErrors(error.fieldErrors.length > 0 ? formErrors(error.fieldErrors) : { form: error.message });
      }
      throw error;
    }
  });
