import { auditLog, idempotencyKeys, reportEvents, reports } from "@kycuong/db";
import { addDays, dueAfterWorkingDays, loadCalendarData, localDate, workingCalendar } from "@kycuong/domain/calendar";
import { sha256Hex } from "@kycuong/domain/identity";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { Intake } from "../workers/api/src/routes/public/reports";
import { api } from "./fixtures/api";
import { created } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { aReport, createHotlineTenant, fileReport, freshIp, postReport, reportRowsOf } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";
import { setOwnCalendarDays } from "./fixtures/reports";

const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/;

describe("POST /v1/public/tenants/{slug}/reports", () => {
  it("records an anonymous report and answers its tracking code, receipt and deadline", async () => {
    const t = await createHotlineTenant();
    const ip = freshIp();
    const before = new Date();
    const res = await postReport(t.slug, aReport, { ip });
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await created(res, Intake);
    expect(Object.keys(body).sort()).toEqual(["category", "dueAt", "receipt", "status", "trackingCode"]);
    expect(body.trackingCode).toMatch(CODE);
    expect(body.receipt.replace(/-/g, "")).toMatch(/^[2-9A-HJKMNP-Z]{28}$/);
    expect(body.status).toBe("received");
    expect(body.category).toEqual({ code: "thai_do", nameVi: "Thái độ", nameEn: "Attitude" });
    // The national calendar it inherits: a new tenant's deadlines skip the public holidays.
    const calendar = workingCalendar({
      timezone: "Asia/Ho_Chi_Minh",
      calendar: await loadCalendarData(testDb(), t.id),
    });
    const expected = [before, new Date()].map((at) => dueAfterWorkingDays(calendar, at, 10).toISOString());
    expect(expected).toContain(body.dueAt);

    const [row] = await reportRowsOf(t.id);
    expect(row).toMatchObject({
      trackingCode: body.trackingCode,
      channel: "web",
      status: "received",
      reporterName: null,
    });
    expect(row?.receiptHash).toBe(await sha256Hex(body.receipt.replace(/-/g, "")));
    expect(JSON.stringify(row)).not.toContain(body.receipt);
    expect(row?.clientHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(ip);
    const events = await testDb()
      .select()
      .from(reportEvents)
      .where(eq(reportEvents.reportId, row?.id ?? ""));
    expect(events).toMatchObject([{ kind: "status_changed", toStatus: "received", public: true, actorType: "public" }]);
    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ""));
    expect(audit).toMatchObject([{ action: "report.received", actorType: "public", tenantId: t.id }]);
  });

  it("counts the deadline in the tenant's working days, skipping its holidays", async () => {
    // The next ten days are all holidays: a 3-working-day deadline moves past them.
    const today = localDate(new Date(), "Asia/Ho_Chi_Minh");
    const days = Array.from({ length: 10 }, (_, i) => addDays(today, i + 1));
    const t = await createHotlineTenant();
    await setOwnCalendarDays(
      { tenant: t },
      days.map((date) => ({ date, kind: "holiday" as const })),
    );
    const before = new Date();
    const body = await fileReport(t.slug, { ...aReport, category: "cham_tre" });
    const calendar = workingCalendar({
      timezone: "Asia/Ho_Chi_Minh",
      calendar: await loadCalendarData(testDb(), t.id),
    });
    const expected = [before, new Date()].map((at) => dueAfterWorkingDays(calendar, at, 3).toISOString());
    expect(expected).toContain(body.dueAt);
    expect(localDate(new Date(body.dueAt), "Asia/Ho_Chi_Minh") > (days.at(-1) ?? "")).toBe(true);
  });

  it("stores what was typed, as NFC, with the reporter's details when given", async () => {
    const t = await createHotlineTenant();
    const typed = 'Ông Nguyễn Văn Ấn đòi <b>tiền cà phê</b> & "bồi dưỡng" khi nhận hồ sơ đất đai';
    await fileReport(t.slug, {
      ...aReport,
      description: typed.normalize("NFD"),
      unitId: t.unitId,
      officialText: "Nguyễn Văn Ấn",
      occurredAt: "2026-03-02",
      location: "Bộ phận một cửa",
      reporterName: "Trần Thị Bé",
      reporterPhone: "0905 123 456",
      reporterEmail: "be.tran@example.vn",
      consentToContact: true,
    });
    const [row] = await reportRowsOf(t.id);
    expect(row).toMatchObject({
      description: typed.normalize("NFC"),
      unitId: t.unitId,
      officialText: "Nguyễn Văn Ấn",
      reporterName: "Trần Thị Bé",
      reporterPhone: "0905 123 456",
      consentToContact: true,
    });
    const [audit] = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ""));
    expect(JSON.stringify(audit?.changes)).not.toMatch(/Trần Thị Bé|0905|be\.tran/);
    // Lengths count NFC characters: 5,000 "ầ" typed in NFD (15,000 code units) still fit.
    const long = await postReport(t.slug, { ...aReport, description: "ầ".repeat(5000).normalize("NFD") });
    expect(long.status).toBe(201);
  });

  it("refuses bad reports with field errors and stores nothing", async () => {
    const t = await createHotlineTenant();
    const other = await createHotlineTenant();
    const cases: [unknown, string, string][] = [
      [{ ...aReport, description: "quá ngắn" }, "validation_failed", "body.description"],
      [{ ...aReport, description: "ầ".repeat(5001) }, "validation_failed", "body.description"],
      [{ description: aReport.description }, "validation_failed", "body.category"],
      [{ ...aReport, extra: 1 }, "validation_failed", "body"],
      [{ ...aReport, reporterEmail: "not-an-email" }, "validation_failed", "body.reporterEmail"],
      [{ ...aReport, category: "khong_co" }, "unknown_category", "body.category"],
      [{ ...aReport, category: "cu" }, "unknown_category", "body.category"],
      [{ ...aReport, unitId: other.unitId }, "invalid_reference", "body.unitId"],
    ];
    for (const [body, code, path] of cases) {
      const problem = await expectProblem(await postReport(t.slug, body), 400, code);
      expect(problem.errors?.[0]?.path, code).toBe(path);
    }
    expect(await reportRowsOf(t.id)).toEqual([]);
  });

  it("refuses a filled honeypot and stores nothing", async () => {
    const t = await createHotlineTenant();
    await expectProblem(
      await postReport(t.slug, { ...aReport, website: "http://spam.example" }),
      400,
      "honeypot_filled",
    );
    expect(await reportRowsOf(t.id)).toEqual([]);
  });

  it("refuses bodies over the size limit", async () => {
    const t = await createHotlineTenant();
    const res = await postReport(t.slug, { ...aReport, location: "x".repeat(300 * 1024) });
    await expectProblem(res, 413, "payload_too_large");
  });

  it("answers 403 for a suspended tenant and 404 for an unknown one", async () => {
    const suspended = await createHotlineTenant({ status: "suspended" });
    await expectProblem(await postReport(suspended.slug, aReport), 403, "tenant_suspended");
    await expectProblem(await postReport("khong-co-huyen-nay", aReport), 404, "tenant_not_found");
    expect(await reportRowsOf(suspended.id)).toEqual([]);
  });
});

describe("intake protections", () => {
  const site = "https://binhson.quangngai.gov.vn";

  it("CORS: answers preflights for the tenant's own sites and the API's origin only", async () => {
    const t = await createHotlineTenant({ settings: { hotline: { allowedOrigins: [site] } } });
    const path = `/v1/public/tenants/${t.slug}/reports`;
    const allowed = await preflight(path, site);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(site);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/Idempotency-Key/);
    expect((await preflight(path, "http://api.test")).headers.get("access-control-allow-origin")).toBe(
      "http://api.test",
    );
    const refused = await preflight(path, "https://evil.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.status).toBe(403);
  });

  it("CORS: a POST from another site is refused and stores nothing; the tenant's site gets its answer", async () => {
    const t = await createHotlineTenant({ settings: { hotline: { allowedOrigins: [site] } } });
    const refused = await postReport(t.slug, aReport, { origin: "https://evil.example" });
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    await expectProblem(refused, 403, "origin_not_allowed");
    expect(await reportRowsOf(t.id)).toEqual([]);

    const ok = await postReport(t.slug, aReport, { origin: site });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("access-control-allow-origin")).toBe(site);
    expect(ok.headers.get("vary")).toMatch(/Origin/);
    // Errors are readable by the tenant's page too.
    const invalid = await postReport(t.slug, { category: "thai_do" }, { origin: site });
    expect(invalid.headers.get("access-control-allow-origin")).toBe(site);
    expect(await reportRowsOf(t.id)).toHaveLength(1);
  });

  it("rate limits each client per tenant: 429 with Retry-After, nothing stored", async () => {
    const t = await createHotlineTenant();
    const other = await createHotlineTenant();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await postReport(t.slug, {}, { ip })).status).toBe(400);
    const limited = await postReport(t.slug, aReport, { ip });
    await expectProblem(limited, 429, "rate_limited");
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(await reportRowsOf(t.id)).toEqual([]);
    expect((await postReport(t.slug, aReport)).status).toBe(201); // another client
    expect((await postReport(other.slug, aReport, { ip })).status).toBe(201); // another tenant
  });

  it("Turnstile: a tenant that turned it on needs a token siteverify accepts", async () => {
    const t = await createHotlineTenant({ settings: { hotline: { turnstileSiteKey: "0x4AAAAAAA-test" } } });
    await expectProblem(await postReport(t.slug, aReport), 400, "turnstile_failed");
    await expectProblem(await postReport(t.slug, { ...aReport, turnstileToken: "fail-1" }), 400, "turnstile_failed");
    expect(await reportRowsOf(t.id)).toEqual([]);

    const token = `pass-${crypto.randomUUID()}`;
    const ip = freshIp();
    expect((await postReport(t.slug, { ...aReport, turnstileToken: token }, { ip })).status).toBe(201);
    const seen = await (await fetch(`${inject("turnstileUrl")}/seen/${token}`)).json();
    expect(seen).toEqual({ remoteip: ip, contentType: expect.stringMatching(/^application\/x-www-form-urlencoded/) });
    // Tokens are single use, as Cloudflare's are.
    await expectProblem(await postReport(t.slug, { ...aReport, turnstileToken: token }), 400, "turnstile_failed");
    expect(await reportRowsOf(t.id)).toHaveLength(1);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer, receipt included, and creates nothing new", async () => {
    const t = await createHotlineTenant();
    const key = crypto.randomUUID();
    const first = await postReport(t.slug, aReport, { idempotencyKey: key });
    const firstBody = await created(first, Intake);
    // The same report typed in NFD is the same report.
    const again = await postReport(
      t.slug,
      { ...aReport, description: aReport.description.normalize("NFD") },
      {
        idempotencyKey: key,
      },
    );
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotency-replayed")).toBe("true");
    expect(await again.json()).toEqual(firstBody);
    expect(await reportRowsOf(t.id)).toHaveLength(1);
    const [stored] = await testDb().select().from(idempotencyKeys).where(eq(idempotencyKeys.tenantId, t.id));
    expect(stored?.responseBody).not.toContain(firstBody.receipt);

    const other = await postReport(t.slug, { ...aReport, category: "cham_tre" }, { idempotencyKey: key });
    await expectProblem(other, 409, "idempotency_key_reused");
    expect(await reportRowsOf(t.id)).toHaveLength(1);
  });

  it("lets only one of several concurrent retries create the report", async () => {
    const t = await createHotlineTenant();
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => postReport(t.slug, aReport, { idempotencyKey: key })),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(6).fill(201));
    const bodies = await Promise.all(answers.map((res) => created(res, Intake)));
    expect(new Set(bodies.map((b) => `${b.trackingCode} ${b.receipt}`)).size).toBe(1);
    expect(await reportRowsOf(t.id)).toHaveLength(1);
  });

  it("treats a key older than 24 hours as new, and refuses malformed keys", async () => {
    const t = await createHotlineTenant();
    const key = crypto.randomUUID();
    const first = await fileReport(t.slug, aReport, { idempotencyKey: key });
    const past = new Date(Date.now() - 1000).toISOString();
    await testDb().update(idempotencyKeys).set({ expiresAt: past }).where(eq(idempotencyKeys.tenantId, t.id));
    const second = await fileReport(t.slug, aReport, { idempotencyKey: key });
    expect(second.trackingCode).not.toBe(first.trackingCode);
    expect(await reportRowsOf(t.id)).toHaveLength(2);

    const tooLong = await postReport(t.slug, aReport, { idempotencyKey: "k".repeat(201) });
    expect((await expectProblem(tooLong, 400, "validation_failed")).errors?.[0]?.path).toBe("header.idempotency-key");
    expect(await testDb().select().from(reports).where(eq(reports.tenantId, t.id))).toHaveLength(2);
  });
});

function preflight(path: string, origin: string): Promise<Response> {
  return api(path, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type,idempotency-key",
    },
  });
}

describe("when a report counts as received (docs/hotline.md#when-a-report-counts-as-received)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts a report sent after hours or on a day off as received that local day; the next working day is day 1", async () => {
    const t = await createHotlineTenant();
    const dueWhenSentAt = async (local: string) => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(`${local}+07:00`));
      const body = await fileReport(t.slug, { ...aReport, category: "cham_tre" }); // 3 working days
      vi.useRealTimers();
      return body.dueAt;
    };
    // Friday evening, Saturday and Sunday before Tết (16–20 Feb 2026): Mon 23, Tue 24, Wed 25 Feb.
    expect(await dueWhenSentAt("2026-02-13T20:00:00")).toBe("2026-02-25T16:59:59.999Z");
    expect(await dueWhenSentAt("2026-02-14T10:00:00")).toBe("2026-02-25T16:59:59.999Z");
    expect(await dueWhenSentAt("2026-02-15T23:30:00")).toBe("2026-02-25T16:59:59.999Z");
    // Received on Monday 23 Feb, Monday itself does not count.
    expect(await dueWhenSentAt("2026-02-23T09:00:00")).toBe("2026-02-26T16:59:59.999Z");
  });
});
