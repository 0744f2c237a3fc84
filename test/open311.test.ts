import { ReportListItem, StaffReport } from "@kycuong/domain/reports";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { ok, pageOf, signIn } from "./fixtures/client";
import { aReport, createHotlineTenant, freshIp, postReport, reportRowsOf } from "./fixtures/intake";
import { ANSWER, insertCategory } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/;
/** Everything a public read may show, written out here independently of the code. */
const PUBLIC_FIELDS = (
  "agency_responsible description expected_datetime requested_datetime service_code " +
  "service_name service_request_id status status_notes updated_datetime"
).split(" ");

interface Created {
  service_request_id: string;
  service_notice: string;
  account_id: null;
  receipt: string;
}
/** A request as a public read shows it; PUBLIC_FIELDS lists its keys. */
type ServiceRequest = Record<string, string | null>;

const citizen = {
  description: "Ông Trần Văn Bảo ở bộ phận một cửa xã đòi 200.000 đồng mới chịu nhận hồ sơ của tôi.",
  first_name: "Văn An",
  last_name: "Nguyễn",
  phone: "0905 123 456",
  email: "an.nguyen@example.vn",
  address_string: "Trụ sở UBND xã Bình Thanh Đông",
};

function postRequest(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return api("/open311/v2/requests.json", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "CF-Connecting-IP": freshIp(), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function fileRequest(slug: string, fields: Record<string, string> = {}): Promise<Created> {
  const res = await postRequest({ jurisdiction_id: slug, service_code: "thai_do", ...citizen, ...fields });
  expect(res.status, await res.clone().text()).toBe(201);
  const body = await res.json<Created[]>();
  expect(body).toHaveLength(1);
  return body[0] as Created;
}

/** Asserts GeoReport v2's error shape: an array of `{ code, description }`, code = the HTTP status. */
async function expectOpen311Error(res: Response, status: number, mentions?: string): Promise<string[]> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = await res.json<{ code: number; description: string }[]>();
  expect(body.length).toBeGreaterThan(0);
  for (const error of body) expect(error).toEqual({ code: status, description: expect.any(String) });
  if (mentions) expect(body.map((e) => e.description).join(" | ")).toContain(mentions);
  return body.map((e) => e.description);
}

async function getRequests(query: string): Promise<Response> {
  return api(`/open311/v2/requests.json?${query}`);
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
    const res = await api(`/open311/v2/services.json?jurisdiction_id=${t.slug}`);
    expect(res.status).toBe(200);
    const services = await res.json<Record<string, unknown>[]>();
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
    const english = await (await api(`/open311/v2/services.json?jurisdiction_id=${t.slug}&lang=en`)).json<
      { service_code: string; service_name: string }[]
    >();
    expect(english.find((s) => s.service_code === "cham_tre")?.service_name).toBe("Delay");
  });

  it("answers Open311 errors: 400 without jurisdiction_id, 404 for an unknown one or a format other than .json", async () => {
    await expectOpen311Error(await api("/open311/v2/services.json"), 400, "jurisdiction_id");
    await expectOpen311Error(await api("/open311/v2/services.json?jurisdiction_id=khong-co-huyen-nay"), 404);
    const t = await createHotlineTenant();
    await expectOpen311Error(await api(`/open311/v2/services.xml?jurisdiction_id=${t.slug}`), 404);
    const wrongMethod = await api(`/open311/v2/services.json?jurisdiction_id=${t.slug}`, { method: "DELETE" });
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

    const follow = await api(`/v1/public/tenants/${d.tenant.slug}/reports/${created.service_request_id}`, {
      headers: { "X-Receipt": created.receipt },
    });
    expect(follow.status).toBe(200);
    expect(await follow.json()).toMatchObject({ trackingCode: created.service_request_id, status: "received" });
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
    const json = await api("/open311/v2/requests.json", {
      method: "POST",
      headers: { "content-type": "application/json", "CF-Connecting-IP": freshIp() },
      body: JSON.stringify(full),
    });
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
    expect((await postRequest({ ...full, "cf-turnstile-response": token })).status).toBe(201);
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
    const one = () => api(`/open311/v2/requests/${code}.json?jurisdiction_id=${d.tenant.slug}`);

    const [before] = await (await one()).json<ServiceRequest[]>();
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

    const res = await one();
    expect(res.status).toBe(200);
    const [after] = await res.json<ServiceRequest[]>();
    expect(after).toMatchObject({ status: "closed", agency_responsible: "Xã Bình Thanh Đông", description: null });
    expect(after?.status_notes).not.toContain(ANSWER);
    const slug = d.tenant.slug;
    const closed = await (await getRequests(`jurisdiction_id=${slug}&status=closed`)).json<ServiceRequest[]>();
    expect(closed.map((r) => r.service_request_id)).toEqual([code]);
    expect(await (await getRequests(`jurisdiction_id=${slug}&status=open`)).json()).toEqual([]);
  });

  it("answers 404 for another tenant's request under this jurisdiction, like an unknown one", async () => {
    const mine = await createStaffTenant();
    const other = await createStaffTenant();
    await insertCategory(other);
    const { service_request_id: theirs } = await fileRequest(other.tenant.slug);
    const url = (code: string) => `/open311/v2/requests/${code}.json?jurisdiction_id=${mine.tenant.slug}`;
    const cross = await expectOpen311Error(await api(url(theirs)), 404);
    expect(await expectOpen311Error(await api(url("ZZZZ-ZZZZ-ZZ")), 404)).toEqual(cross);
    const listed = await getRequests(`jurisdiction_id=${mine.tenant.slug}&service_request_id=${theirs}`);
    expect(await listed.json()).toEqual([]);
    await expectOpen311Error(await api(`/open311/v2/requests/${theirs}.xml?jurisdiction_id=${other.tenant.slug}`), 404);
    await expectOpen311Error(await api(`/open311/v2/requests/${theirs}.json`), 400, "jurisdiction_id");
  });

  it("never shows the description, location or the reporter's contact", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const { service_request_id: code } = await fileRequest(d.tenant.slug);
    const slug = d.tenant.slug;
    const list = await getRequests(`jurisdiction_id=${slug}&service_code=thai_do`);
    expect(list.status).toBe(200);
    const items = await list.json<ServiceRequest[]>();
    expect(items.map((r) => r.service_request_id)).toEqual([code]);
    const single = await (await api(`/open311/v2/requests/${code}.json?jurisdiction_id=${slug}`)).text();
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
    const web = await api(`/v1/public/tenants/${d.tenant.slug}/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", "CF-Connecting-IP": "2001:db8::311:1" },
      body: JSON.stringify({ category: "thai_do", description: "Cán bộ địa chính xã hẹn lại nhiều lần không lý do." }),
    });
    expect(web.status).toBe(201);
    const { trackingCode: webCode } = await web.json<{ trackingCode: string }>();
    const listed = await (await getRequests(`jurisdiction_id=${d.tenant.slug}`)).json<ServiceRequest[]>();
    expect(listed.map((r) => r.service_request_id)).toEqual([open311Code]);
    const byCode = await (await getRequests(`jurisdiction_id=${d.tenant.slug}&service_request_id=${webCode}`)).json<
      ServiceRequest[]
    >();
    expect(byCode.map((r) => r.service_request_id)).toEqual([webCode]);
  });

  it("keeps lists within 90 days", async () => {
    const d = await createStaffTenant();
    const slug = d.tenant.slug;
    const tooLong = `jurisdiction_id=${slug}&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`;
    await expectOpen311Error(await getRequests(tooLong), 400, "90");
    const ok = await getRequests(
      `jurisdiction_id=${slug}&start_date=2026-01-01T00:00:00Z&end_date=2026-03-01T00:00:00Z`,
    );
    expect(ok.status).toBe(200);
    await expectOpen311Error(await getRequests(`jurisdiction_id=${slug}&status=pending`), 400, "status");
  });
});
