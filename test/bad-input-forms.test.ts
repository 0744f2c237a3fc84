import { newId } from "@kycuong/domain/context";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../workers/api/src/app";
import { api } from "./fixtures/api";
import { ConsoleBrowser } from "./fixtures/console";
import { rowsWrittenFor } from "./fixtures/db";
import {
  forbiddenText,
  HOSTILE_SEED,
  hostileContentTypes,
  hostileRequestIds,
  hostileSegments,
  RUNS_PER_ROUTE,
} from "./fixtures/hostile-input";
import { freshIp } from "./fixtures/intake";
import { insertCategory, insertReport } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

/**
 * Every form the console and the public hotline post (every POST under
 * `/t/{slug}/`, from the app's route table), with its fields read from the
 * page that shows the form, one field made hostile at a time: text the input
 * rules refuse, bytes that are not UTF-8 once decoded, broken escapes, values
 * over the limits, a field repeated with a hostile last value; also hostile
 * content types, request ids and paths. Each answer must be a 4xx page or a
 * 303 redirect, never a 500, and the tenant's rows and the request's audit
 * entries stay as they were. Console forms are posted signed in, with a valid
 * CSRF token, so it is the input that is refused, not the session.
 */

const KEPT_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

const forms = [
  ...new Set(
    createApp()
      .routes.filter((route) => route.method === "POST" && route.path.startsWith("/t/:slug/"))
      .map((route) => route.path),
  ),
];

let d: StaffTenant;
let staff: ConsoleBrowser;
let reportId: string;
let notificationId: string;

beforeAll(async () => {
  d = await createStaffTenant();
  await insertCategory(d, "thai_do");
  reportId = (await insertReport(d)).id;
  notificationId = newId();
  staff = new ConsoleBrowser(d.tenant.slug);
  expect((await staff.signIn(d.users.tenant_admin.email)).status).toBe(303);
});

/** The form's page: the route's own path for a form that has one, the report's case page for its two forms. */
function pageOf(path: string): string {
  if (path.endsWith("/hotline/status/messages")) return "/t/:slug/hotline/status";
  if (/\/reports\/:id\/(transitions|notes)$/.test(path)) return "/t/:slug/app/reports/:id";
  return path;
}

function concrete(path: string, hostile?: string): string {
  return path
    .replace(":slug", d.tenant.slug)
    .replace(":id", hostile ?? (path.includes("/notifications/") ? notificationId : reportId));
}

/** Field names of the forms on the page (hidden ones included), as a browser would send them. */
async function fieldsOf(browser: ConsoleBrowser, path: string): Promise<Map<string, string>> {
  const page = await browser.get(concrete(pageOf(path)));
  const fields = new Map<string, string>();
  for (const match of page.html.matchAll(/<(input|textarea|select)\b[^>]*\bname="([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    const name = match[2] as string;
    const given = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    const value =
      given || (tag.includes('type="email"') ? "can-bo@example.vn" : "Nội dung hợp lệ của biểu mẫu, đủ dài.");
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}

const enc = (text: string) => encodeURIComponent(text);

/** As `enc`, but a lone surrogate goes as the three bytes a careless encoder makes of it (not UTF-8). */
function encRaw(text: string): string {
  return text.replace(/[\uD800-\uDFFF]|[^\uD800-\uDFFF]+/g, (part) => {
    const unit = part.charCodeAt(0);
    if (part.length > 1 || unit < 0xd800 || unit > 0xdfff) return enc(part);
    return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
      .map((byte) => `%${byte.toString(16).toUpperCase()}`)
      .join("");
  });
}

/** Raw, already-encoded values that no field may accept. */
const hostileValues = fc.oneof(
  forbiddenText.map(encRaw),
  fc.constantFrom(
    "%ED%A0%80", // a surrogate as UTF-8 bytes
    "%FF%FE%00", // not UTF-8
    "%C0%AF", // an overlong "/"
    "%ZZ%E0%A4", // broken escapes
    "x".repeat(300 * 1024), // over the body limit
    "a".repeat(20_001), // over any field's limit
  ),
);

interface FormAttempt {
  path: string;
  body: string;
  headers: Record<string, string>;
}

function attemptsFor(path: string, fields: Map<string, string>): fc.Arbitrary<FormAttempt> {
  const names = [...fields.keys()].filter((name) => name !== "_csrf" && name !== "website");
  const encoded = (changes: Record<string, string>, extra = "") =>
    [...fields].map(([name, value]) => `${enc(name)}=${name in changes ? changes[name] : enc(value)}`).join("&") +
    extra;
  const oneField = names.length
    ? fc.tuple(fc.constantFrom(...names), hostileValues, fc.boolean()).map(([name, bad, repeated]) =>
        // Repeated: the valid value first and the hostile one after it.
        repeated ? encoded({}, `&${enc(name)}=${bad}`) : encoded({ [name]: bad }),
      )
    : fc.constant(encoded({}, `&unknown=${"%00".repeat(10)}`));
  const hostileHeaders = fc.oneof(
    { arbitrary: fc.constant({}), weight: 3 },
    hostileContentTypes.map((value) => ({ "content-type": value })),
    hostileRequestIds.map((value) => ({ "x-request-id": value })),
  );
  const paths = path.includes(":id")
    ? fc.oneof(
        { arbitrary: fc.constant(concrete(path)), weight: 3 },
        hostileSegments.map((s) => concrete(path, s)),
      )
    : fc.constant(concrete(path));
  return fc.record({ path: paths, body: oneField, headers: hostileHeaders });
}

describe("bad input to the HTML forms of the console and the hotline", () => {
  it("finds the forms", () => {
    expect(forms.length).toBeGreaterThan(8);
  });

  it("the hotline's forms answer 400, not 500, to multipart without a boundary (found by this suite)", async () => {
    for (const form of ["/hotline", "/hotline/status", "/hotline/status/messages"]) {
      const res = await api(`/t/${d.tenant.slug}${form}`, {
        method: "POST",
        headers: { "content-type": "multipart/form-data", "cf-connecting-ip": freshIp() },
        body: "trackingCode=K7QM-4HZP-XR",
      });
      expect(res.status, form).toBe(400);
      expect(((await res.json()) as { code: string }).code, form).toBe("malformed_body");
    }
  });

  it.each(forms)(
    "POST %s: a 4xx page or a 303 for every hostile field, header and path; nothing written",
    async (path) => {
      // Public forms are posted as a stranger; console forms signed in (logging out would end the session).
      const browser = path.startsWith("/t/:slug/app/") ? staff : new ConsoleBrowser(d.tenant.slug);
      const fields = await fieldsOf(browser, path);
      const before = await rowsWrittenFor(d.tenant.id, null);
      await fc.assert(
        fc.asyncProperty(attemptsFor(path, fields), async (attempt) => {
          const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
          let headers: Headers;
          try {
            headers = new Headers({
              "content-type": "application/x-www-form-urlencoded",
              "x-request-id": `bad-form-${newId()}`,
              "cf-connecting-ip": freshIp(),
              ...(cookie ? { cookie } : {}),
              ...attempt.headers,
            });
          } catch {
            return; // A header value no client can send.
          }
          const res = await api(attempt.path, { method: "POST", headers, body: attempt.body, redirect: "manual" });
          const text = await res.text();
          const what = `POST ${attempt.path.slice(0, 120)} → ${res.status}: ${text.slice(0, 300)}`;
          expect(res.status === 303 || (res.status >= 400 && res.status < 500), what).toBe(true);
          expect(res.headers.get("x-request-id"), what).toMatch(KEPT_REQUEST_ID);
          if (res.status !== 303)
            expect(res.headers.get("content-type"), what).toMatch(/^(text\/html|application\/problem\+json)/);
          // A refused sign-in is written down by design (its audit entry, the throttle's count).
          if (res.status === 401 && attempt.path.endsWith("/login")) return;
          const after = await rowsWrittenFor(d.tenant.id, res.headers.get("x-request-id"));
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          expect(changed, `${what}: rows written`).toEqual([]);
        }),
        { numRuns: RUNS_PER_ROUTE, seed: HOSTILE_SEED, endOnFailure: true },
      );
    },
    60_000,
  );
});
