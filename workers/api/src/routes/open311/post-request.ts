import { z } from "@hono/zod-openapi";
import { DomainError } from "@kycuong/domain/errors";
import { open311ServiceNotice, toOpen311Report } from "@kycuong/domain/open311";
import { recordReport } from "@kycuong/domain/reports";
import type { Context } from "hono";
import { intakeRateLimit, requireHuman } from "../../hotline/intake-guards";
import type { AppEnv } from "../../http/app-env";
import { clientHash } from "../../http/client-ip";
import { jsonResponse } from "../../http/common-schemas";
import { publicRoute } from "../../http/documented-route";
import { domainContext } from "../../http/domain-context";
import { admitOrigin } from "../../middleware/public-cors";
import { createOpen311Router, JurisdictionId, open311ErrorContent, tag } from "./open311-router";

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

const optional = (max: number, description?: string) =>
  z
    .string()
    .max(max)
    .optional()
    .openapi(description ? { description } : {});

const RequestForm = z.object({
  jurisdiction_id: JurisdictionId,
  service_code: z.string().trim().min(1).max(64).openapi({ description: "From `services.json`", example: "thai_do" }),
  description: z.string().max(20_000).openapi({ description: "What happened: 20–5,000 characters" }),
  first_name: optional(100, "Given name (optional: anonymous reports are allowed)"),
  last_name: optional(100, "Family name; stored family name first, as Vietnamese names are written"),
  phone: optional(30),
  email: optional(254),
  address_string: optional(400, "Where it happened, in words"),
  lat: optional(32, "WGS84; kept as text beside `address_string`"),
  long: optional(32, "WGS84; kept as text beside `address_string`"),
  consent_to_contact: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "Extension: the reporter agrees to be contacted (default false)" }),
  "cf-turnstile-response": optional(
    4096,
    "Extension: the Turnstile token, required when the tenant turned Turnstile on (`hotline.turnstileSiteKey`)",
  ),
  api_key: optional(200, "Ignored: the hotline is open to anyone"),
});

/** The answer to a filed request: GeoReport v2's one-element array, with the receipt as an extension. */
export const Open311Created = z
  .array(
    z.object({
      service_request_id: z.string().openapi({ example: "K7QM-4HZP-XR", description: "The tracking code" }),
      service_notice: z.string(),
      account_id: z.null(),
      receipt: z.string().openapi({
        description: "Extension: the report's receipt, shown only now and stored only as a hash",
      }),
    }),
  )
  .openapi("Open311Created");

const post = publicRoute({
  operationId: "createOpen311Request",
  method: "post",
  path: "/open311/v2/requests.json",
  tag,
  summary: "Open311: send a report",
  description:
    "GeoReport v2 POST Service Request, form-encoded. No login; `api_key` and `attribute[…]` are ignored. Records a " +
    "report through the same intake as the web form (channel `open311`): the same categories, checks, deadline, " +
    "rate limit per client and tenant, and Turnstile when the tenant requires it (send `cf-turnstile-response`; " +
    "without it the request is refused, never let through). A location is optional: reports are about people, " +
    "not places. `service_request_id` is the tracking code; the extension field `receipt` is the secret needed to " +
    "follow the report (`GET /v1/public/tenants/{slug}/reports/{trackingCode}` with `X-Receipt`), shown only once.",
  // The same bucket as the web form: one budget per client and tenant, whichever door it uses.
  middleware: [intakeRateLimit(jurisdictionOf)],
  request: {
    body: { content: { "application/x-www-form-urlencoded": { schema: RequestForm } }, required: true },
  },
  responses: {
    201: jsonResponse(Open311Created, "Received"),
    400: open311ErrorContent("A field missing or invalid, or the Turnstile check failed"),
    403: open311ErrorContent("Sent from a website the tenant has not allowed, or the tenant is suspended"),
    404: open311ErrorContent("No tenant with this `jurisdiction_id`, or no active service with this `service_code`"),
    415: open311ErrorContent("Not form-encoded"),
    429: open311ErrorContent("Too many reports from this client; see `Retry-After`"),
    503: open311ErrorContent("Turnstile could not be reached"),
  },
});

/** The rate limit runs before validation, so it reads the jurisdiction from the (cached) form itself. */
async function jurisdictionOf(c: Context<AppEnv>): Promise<string> {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return "unknown";
  const form = await c.req.formData().catch(() => null);
  const slug = form?.get("jurisdiction_id");
  return typeof slug === "string" && SLUG.test(slug.trim()) ? slug.trim() : "unknown";
}

export const open311PostRoutes = createOpen311Router().openapi(post, async (c) => {
  const form = c.req.valid("form");
  const slug = form.jurisdiction_id;
  c.set("tenantSlug", slug);
  const mapped = toOpen311Report(form);
  if (!mapped.ok) {
    const fieldErrors = mapped.errors.map((e) => ({ path: e.field, message: e.message }));
    throw new DomainError("validation_failed", "Dữ liệu gửi lên không hợp lệ · Invalid request", fieldErrors);
  }
  let timeZone = "Asia/Ho_Chi_Minh";
  const recorded = await recordReport({ ...domainContext(c, { type: "public" }), tenant: { slug } }, mapped.report, {
    channel: "open311",
    clientHash: await clientHash(c),
    admit: (tenant) => {
      timeZone = tenant.timezone;
      // A browser on another site could otherwise post this form for its visitors.
      admitOrigin(c, tenant);
    },
    beforeWrite: (tenant) => requireHuman(c, tenant, form["cf-turnstile-response"]),
  });
  const answer = {
    service_request_id: recorded.trackingCode,
    service_notice: open311ServiceNotice(recorded.dueAt, timeZone),
    account_id: null,
    receipt: recorded.receipt,
  };
  return c.json([answer], 201, { "Cache-Control": "no-store" });
});
