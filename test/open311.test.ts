import { Open311Request, Open311Service } from "@kycuong/domain/open311";
import { PublicReport, ReportListItem, StaffReport } from "@kycuong/domain/reports";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Open311Errors } from "../workers/api/src/routes/open311/open311-router";
import { Open311Created } from "../workers/api/src/routes/open311/post-request";
import { Intake } from "../workers/api/src/routes/public/reports";
import { apiClient, created as createdBody, expectBody, ok, pageOf, signIn } from "./fixtures/client";
import { aReport, createHotlineTenant, freshIp, postReport, reportRowsOf } from "./fixtures/intake";
import { ANSWER, insertCategory } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/;
/** Everything a public read may show, written out here independently of the code. */
const PUBLIC_FIELDS = (
  "agency_responsible description expected_datetime requested_datetime service_code " +
  "service_name service_request_id status status_notes updated_datetime"
).split(" ");

/** A request as a public read shows it (GeoReport v2 answers a list, even for one); PUBLIC_FIELDS lists its keys. */
const ServiceRequests = z.array(Open311Request);
/** A citizen's app: no account, answers in GeoReport v2's shapes. */
const open311 = apiClient({ base: "/open311/v2" });

const citizen = {
  description: "Ông Trần Văn Bảo ở bộ phận một cửa xã đòi 200.000 đồng mới chịu nhận hồ sơ của tôi.",
  first_name: "Văn An",
  last_name: "Nguyễn",
  phone: "0905 123 456",
  email: "an.nguyen@example.vn",
  address_string: "Trụ sở UBND xã Bình Thanh Đông",
};

function postRequest(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return open311.post("/requests.json", new URLSearchParams(fields).toString(), {
    headers: { "content-type": "application/x-www-form-urlencoded", "CF-Connecting-IP": freshIp(), ...headers },
  });
}

async function fileRequest(slug: string, fields: Record<string, string> = {}) {
  const res = await postRequest({ jurisdiction_id: slug, service_code: "thai_do", ...citizen, ...fields });
  const body = await createdBody(res, Open311Created);
  expect(body).toHaveLength(1);
  return body[0] as (typeof body)[number];
}

/** Asserts GeoReport v2's error shape: an array of `{ code, description }`, code = the HTTP status. */
async function expectOpen311Error(res: Response, status: number, mentions?: string): Promise<string[]> {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = await expectBody(res, status, Open311Errors);
  expect(body.length).toBeGreaterThan(0);
  for (const error of body) expect(error).toEqual({ code: status, description: expect.any(String) });
  if (mentions) expect(body.map((e) => e.description).join(" | ")).toContain(mentions);
  return body.map((e) => e.description);
}

async function getRequests(query: string): Promise<Response> {
  return open311.get(`/requests.json?${query}`);
}

async function staffIdOf(d: StaffTenant, trackingCode: string): Promise<string> {
  const { items } = await ok(await signIn(d, "hotline_officer").get("/reports"), pageOf(ReportListItem));
  const item = items.find((r) => r.trackingCode === trackingCode);
  if (!item) throw new Error(`staff cannot see ${trackingCode}`);
  return item.id;
}

describe("GET /open311/v2/services.json", () => {
  it("lists the jurisdiction's active categories as services, in Vietnamese or English", async () => {
    const t = await createHotlineTenant();
    const services = await ok(await open311.get(`/services.json?jurisdiction_id=${t.slug}`), z.array(Open311Service));
    expect(services.map((s) => s.service_code).sort()).toEqual(["cham_tre", "thai_do"]);
    expect(services.find((s) => s.service_code === "thai_do")).toEqual({
      service_code: "thai_do",
      service_name: "Thái độ",
      description: expect.stringContaining("10 ngày làm việc"),
      metadata: false,
      type: "realtime",
      keywords: expect.stringContaining("Attitude"),
      group: expect.any(String),
    });
    const english = await ok(
      await open311.get(`/services.json?jurisdiction_id=${t.slug}&lang=en`),
      z.array(Open311Service),
    );
    expect(english.find((s) => s.service_code === "cham_tre")?.service_name).toBe("Delay");
  });

  it("answers Open311 errors: 400 without jurisdiction_id, 404 for an unknown one or a format other than .json", async () => {
    await expectOpen311Error(await open311.get("/services.json"), 400, "jurisdiction_id");
    await expectOpen311Error(await open311.get("/services.json?jurisdiction_id=khong-co-huyen-nay"), 404);
    const t = await createHotlineTenant();
    await expectOpen311Error(await open311.get(`/services.xml?jurisdiction_id=${t.slug}`), 404);
    const wrongMethod = await open311.delete(`/services.json?jurisdiction_id=${t.slug}`);
    await expectOpen311Error(wrongMethod, 405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("POST /open311/v2/requests.json", () => {
  it("records a form-encoded report that staff see (channel open311) and its receipt follows", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const created = await fileRequest(d.tenant.slug, {
      lat: "15.2801",
      long: "108.774",
      api_key: "ignored",
      "attribute[WHISPAWN]": "ignored",
    });
    expect(created.service_request_id).toMatch(CODE);
    expect(created.account_id).toBeNull();
    expect(created.receipt.replace(/-/g, "")).toMatch(/^[2-9A-HJKMNP-Z]{28}$/);
    expect(created.service_notice).toMatch(/\d{4}-\d{2}-\d{2}/);

    const id = await staffIdOf(d, created.service_request_id);
    const staff = await ok(await signIn(d, "hotline_officer").get(`/reports/${id}`), StaffReport);
    expect(staff).toMatchObject({
      trackingCode: created.service_request_id,
      channel: "open311",
      status: "received",
      description: citizen.description,
      location: "Trụ sở UBND xã Bình Thanh Đông (15.2801, 108.774)",
      reporter: { name: "Nguyễn Văn An", phone: citizen.phone, email: citizen.email },
    });

    const follow = await apiClient().get(`/v1/public/tenants/${d.tenant.slug}/reports/${created.service_request_id}`, {
      headers: { "X-Receipt": created.receipt },
    });
    expect(await ok(follow, PublicReport)).toMatchObject({
      trackingCode: created.service_request_id,
      status: "received",
    });
  });

  it("refuses missing or invalid fields with Open311 errors and stores nothing", async () => {
    const t = await createHotlineTenant();
    const full = { jurisdiction_id: t.slug, service_code: "thai_do", description: aReport.description };
    const { jurisdiction_id: _j, ...noJurisdiction } = full;
    await expectOpen311Error(await postRequest(noJurisdiction), 400, "jurisdiction_id");
    const { service_code: _s, ...noService } = full;
    await expectOpen311Error(await postRequest(noService), 400, "service_code");
    await expectOpen311Error(await postRequest({ ...full, description: "Quá ngắn" }), 400, "description");
    await expectOpen311Error(await postRequest({ ...full, lat: "15.28" }), 400, "lat, long");
    await expectOpen311Error(await postRequest({ ...full, email: "not-an-email" }), 400, "email");
    await expectOpen311Error(await postRequest({ ...full, service_code: "cu" }), 404); // inactive
    await expectOpen311Error(await postRequest({ ...full, service_code: "khong_co" }), 404);
    await expectOpen311Error(await postRequest({ ...full, jurisdiction_id: "khong-co-huyen-nay" }), 404);
    const json = await open311.post("/requests.json", full, { headers: { "CF-Connecting-IP": freshIp() } });
    await expectOpen311Error(json, 415);
    expect(await reportRowsOf(t.id)).toEqual([]);
  });

  it("never bypasses a tenant's Turnstile, nor its allowed origins", async () => {
    const t = await createHotlineTenant({ settings: { hotline: { turnstileSiteKey: "0x4AAAAAAA-test" } } });
    const full = { jurisdiction_id: t.slug, service_code: "thai_do", description: aReport.description };
    await expectOpen311Error(await postRequest(full), 400);
    await expectOpen311Error(await postRequest({ ...full, "cf-turnstile-response": "fail-1" }), 400);
    await expectOpen311Error(await postRequest(full, { Origin: "https://ke-gian.example" }), 403);
    expect(await reportRowsOf(t.id)).toEqual([]);
    const token = `pass-${crypto.randomUUID()}`;
    await createdBody(await postRequest({ ...full, "cf-turnstile-response": token }), Open311Created);
    expect(await reportRowsOf(t.id)).toMatchObject([{ channel: "open311" }]);
  });

  it("shares the web form's rate limit per client and tenant, answering 429 in Open311's shape", async () => {
    const t = await createHotlineTenant();
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await postReport(t.slug, {}, { ip })).status).toBe(400);
    for (let i = 0; i < 5; i++) {
      expect((await postRequest({ jurisdiction_id: t.slug }, { "CF-Connecting-IP": ip })).status).toBe(400);
    }
    const form = { jurisdiction_id: t.slug, service_code: "thai_do", description: aReport.description };
    const limited = await postRequest(form, { "CF-Connecting-IP": ip });
    await expectOpen311Error(limited, 429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(await reportRowsOf(t.id)).toEqual([]);
  });
});

describe("GET /open311/v2/requests", () => {
  it("shows a request open, then closed once staff resolve it, with the unit responsible", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const { service_request_id: code } = await fileRequest(d.tenant.slug);
    const one = async () =>
      ok(await open311.get(`/requests/${code}.json?jurisdiction_id=${d.tenant.slug}`), ServiceRequests);

    const [before] = await one();
    expect(before).toMatchObject({
      service_request_id: code,
      status: "open",
      service_code: "thai_do",
      service_name: "Thái độ",
      agency_responsible: null,
    });
    expect(Date.parse(before?.expected_datetime ?? "")).toBeGreaterThan(Date.parse(before?.requested_datetime ?? ""));

    const officer = signIn(d, "hotline_officer");
    const id = await staffIdOf(d, code);
    for (const step of [
      { to: "accepted" },
      { to: "assigned", unitId: d.communeUnitId },
      { to: "in_progress" },
      { to: "resolved", finding: "unsubstantiated", answer: ANSWER },
    ]) {
      expect((await officer.post(`/reports/${id}/transitions`, step)).status, JSON.stringify(step)).toBe(200);
    }

    const [after] = await one();
    expect(after).toMatchObject({ status: "closed", agency_responsible: "Xã Bình Thanh Đông", description: null });
    expect(after?.status_notes).not.toContain(ANSWER);
    const slug = d.tenant.slug;
    const closed = await ok(await getRequests(`jurisdiction_id=${slug}&status=closed`), ServiceRequests);
    expect(closed.map((r) => r.service_request_id)).toEqual([code]);
    expect(await ok(await getRequests(`jurisdiction_id=${slug}&status=open`), ServiceRequests)).toEqual([]);
  });

  it("answers 404 for another tenant's request under this jurisdiction, like an unknown one", async () => {
    const mine = await createStaffTenant();
    const other = await createStaffTenant();
    await insertCategory(other);
    const { service_request_id: theirs } = await fileRequest(other.tenant.slug);
    const url = (code: string) => `/requests/${code}.json?jurisdiction_id=${mine.tenant.slug}`;
    const cross = await expectOpen311Error(await open311.get(url(theirs)), 404);
    expect(await expectOpen311Error(await open311.get(url("ZZZZ-ZZZZ-ZZ")), 404)).toEqual(cross);
    const listed = await getRequests(`jurisdiction_id=${mine.tenant.slug}&service_request_id=${theirs}`);
    expect(await ok(listed, ServiceRequests)).toEqual([]);
    await expectOpen311Error(await open311.get(`/requests/${theirs}.xml?jurisdiction_id=${other.tenant.slug}`), 404);
    await expectOpen311Error(await open311.get(`/requests/${theirs}.json`), 400, "jurisdiction_id");
  });

  it("never shows the description, location or the reporter's contact", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const { service_request_id: code } = await fileRequest(d.tenant.slug);
    const slug = d.tenant.slug;
    const list = await getRequests(`jurisdiction_id=${slug}&service_code=thai_do`);
    // `ok` fails on any field Open311Request does not declare; PUBLIC_FIELDS checks the contract itself.
    const items = await ok(list, ServiceRequests);
    expect(items.map((r) => r.service_request_id)).toEqual([code]);
    const single = await (await open311.get(`/requests/${code}.json?jurisdiction_id=${slug}`)).text();
    for (const text of [JSON.stringify(items), single]) {
      for (const secret of ["Trần Văn Bảo", "200.000", "Nguyễn", "0905 123 456", "an.nguyen@example.vn", "Trụ sở"]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(PUBLIC_FIELDS);
  });

  it("lists only reports sent through Open311: a hotline report is found by its own code alone", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const { service_request_id: open311Code } = await fileRequest(d.tenant.slug);
    const web = await postReport(
      d.tenant.slug,
      { category: "thai_do", description: "Cán bộ địa chính xã hẹn lại nhiều lần không lý do." },
      { ip: "2001:db8::311:1" },
    );
    const { trackingCode: webCode } = await createdBody(web, Intake);
    const listed = await ok(await getRequests(`jurisdiction_id=${d.tenant.slug}`), ServiceRequests);
    expect(listed.map((r) => r.service_request_id)).toEqual([open311Code]);
    const byCode = await ok(
      await getRequests(`jurisdiction_id=${d.tenant.slug}&service_request_id=${webCode}`),
      ServiceRequests,
    );
    expect(byCode.map((r) => r.service_request_id)).toEqual([webCode]);
  });

  it("keeps lists within 90 days", async () => {
    const d = await createStaffTenant();
    const slug = d.tenant.slug;
    const tooLong = `jurisdiction_id=${slug}&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`;
    await expectOpen311Error(await getRequests(tooLong), 400, "90");
    const within = await getRequests(
      `jurisdiction_id=${slug}&start_date=2026-01-01T00:00:00Z&end_date=2026-03-01T00:00:00Z`,
    );
    await ok(within, ServiceRequests);
    await expectOpen311Error(await getRequests(`jurisdiction_id=${slug}&status=pending`), 400, "status");
  });
});

describe("Open311 look-ups by tracking code are guesses, and limited as such", () => {
  it("at most 10 codes a request, each counted against the client's guesses: a flood gets 429 and Retry-After", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const { service_request_id: code } = await fileRequest(d.tenant.slug);
    const client = { headers: { "CF-Connecting-IP": freshIp() } };
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `ZZZZ-ZZZZ-${String(i).padStart(2, "0")}`);

    // The finding: 181 codes in one request answered 200.
    const tooMany = await open311.get(
      `/requests.json?jurisdiction_id=${d.tenant.slug}&service_request_id=${codes(11).join(",")}`,
      client,
    );
    await expectOpen311Error(tooMany, 400, "10");

    // Nine guesses and the real code: the ten this minute allows.
    const ten = await open311.get(
      `/requests.json?jurisdiction_id=${d.tenant.slug}&service_request_id=${[...codes(9), code].join(",")}`,
      client,
    );
    expect((await ok(ten, z.array(Open311Request))).map((r) => r.service_request_id)).toEqual([code]);
    // The eleventh guess, one code by the other door, is refused.
    const more = await open311.get(`/requests/${code}.json?jurisdiction_id=${d.tenant.slug}`, client);
    await expectOpen311Error(more, 429);
    expect(more.headers.get("retry-after")).toBe("60");
    // Another client is not held back; browsing (no codes) counts nothing.
    const other = { headers: { "CF-Connecting-IP": freshIp() } };
    expect((await open311.get(`/requests/${code}.json?jurisdiction_id=${d.tenant.slug}`, other)).status).toBe(200);
    expect((await open311.get(`/requests.json?jurisdiction_id=${d.tenant.slug}`, client)).status).toBe(200);
  });
});
