import { auditLog, reportEvents, reports } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { testDb } from "./fixtures/db";
import { aReport, createHotlineTenant, fileReport, freshIp } from "./fixtures/intake";
import { expectProblem, type ProblemBody } from "./fixtures/problem";

function follow(slug: string, code: string, receipt?: string, ip = freshIp()): Promise<Response> {
  return api(`/v1/public/tenants/${slug}/reports/${encodeURIComponent(code)}`, {
    headers: { "CF-Connecting-IP": ip, ...(receipt === undefined ? {} : { "X-Receipt": receipt }) },
  });
}

function sendMessage(slug: string, code: string, receipt: string, body: unknown, origin?: string): Promise<Response> {
  return api(`/v1/public/tenants/${slug}/reports/${code}/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "CF-Connecting-IP": freshIp(),
      "X-Receipt": receipt,
      ...(origin ? { Origin: origin } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function reportId(code: string): Promise<string> {
  const [row] = await testDb().select({ id: reports.id }).from(reports).where(eq(reports.trackingCode, code));
  return row?.id ?? "";
}

const withoutRequestId = (problem: ProblemBody) => ({ ...problem, requestId: "" });

describe("GET /v1/public/tenants/{slug}/reports/{trackingCode}", () => {
  it("shows status, category, deadline and the public timeline to the receipt holder", async () => {
    const t = await createHotlineTenant();
    const filed = await fileReport(t.slug);
    const res = await follow(t.slug, filed.trackingCode, filed.receipt);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json<Record<string, unknown>>();
    expect(body).toEqual({
      trackingCode: filed.trackingCode,
      status: "received",
      category: filed.category,
      createdAt: expect.any(String),
      dueAt: filed.dueAt,
      timeline: [{ at: body.createdAt, kind: "status_changed", status: "received" }],
      answer: null,
      rejectionReason: null,
    });
    // Codes and receipts are read aloud and typed back in any case and grouping.
    const typed = await follow(
      t.slug,
      filed.trackingCode.toLowerCase().replace(/-/g, " "),
      filed.receipt.toLowerCase(),
    );
    expect(typed.status).toBe(200);
  });

  it("answers the same 404 for a wrong or missing receipt, an unknown code and another tenant's code", async () => {
    const t = await createHotlineTenant();
    const other = await createHotlineTenant();
    const filed = await fileReport(t.slug);
    const elsewhere = await fileReport(other.slug);
    const answers = [
      await follow(t.slug, filed.trackingCode, elsewhere.receipt),
      await follow(t.slug, filed.trackingCode),
      await follow(t.slug, filed.trackingCode, ""),
      await follow(t.slug, "ABCD-EFGH-JK", filed.receipt),
      await follow(t.slug, "not a code", filed.receipt),
      await follow(t.slug, elsewhere.trackingCode, elsewhere.receipt),
    ];
    const bodies = [];
    for (const res of answers) bodies.push(withoutRequestId(await expectProblem(res, 404, "report_not_found")));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });

  it("never shows internal notes, the reporter's details or the client hash; shows the answer once resolved", async () => {
    const t = await createHotlineTenant();
    const filed = await fileReport(t.slug, {
      ...aReport,
      reporterName: "Trần Thị Bé",
      reporterPhone: "0905 123 456",
      reporterEmail: "be.tran@example.vn",
    });
    const id = await reportId(filed.trackingCode);
    const db = testDb();
    const at = new Date(Date.now() + 1000).toISOString();
    const event = (
      kind: "staff_note" | "status_changed",
      isPublic: boolean,
      body: string | null,
      toStatus?: string,
    ) => ({
      id: newId(),
      tenantId: t.id,
      reportId: id,
      kind,
      public: isPublic,
      body,
      toStatus: toStatus ?? null,
      actorType: "user" as const,
      at,
    });
    await db.batch([
      db
        .insert(reportEvents)
        .values([
          event("staff_note", false, "Ghi chú nội bộ: người phản ánh là họ hàng của chủ tịch"),
          event("staff_note", true, "Ghi chú lỡ đánh dấu công khai"),
          event("status_changed", true, null, "resolved"),
        ]),
      db
        .update(reports)
        .set({ status: "resolved", answer: "Đã kiểm điểm cán bộ và xin lỗi công dân.", finding: "substantiated" })
        .where(eq(reports.id, id)),
    ]);
    const res = await follow(t.slug, filed.trackingCode, filed.receipt);
    const text = await res.text();
    for (const secret of ["nội bộ", "lỡ đánh dấu", "Trần Thị Bé", "0905", "be.tran", "substantiated", id, t.id]) {
      expect(text).not.toContain(secret);
    }
    const body = JSON.parse(text) as { status: string; answer: string; timeline: { kind: string }[] };
    expect(body.status).toBe("resolved");
    expect(body.answer).toBe("Đã kiểm điểm cán bộ và xin lỗi công dân.");
    expect(body.timeline.map((entry) => entry.kind)).toEqual(["status_changed", "status_changed"]);
    const [row] = await db.select({ clientHash: reports.clientHash }).from(reports).where(eq(reports.id, id));
    expect(text).not.toContain(row?.clientHash ?? "missing");
  });

  it("shows the rejection reason only for a rejected report, and no draft answer before resolution", async () => {
    const t = await createHotlineTenant();
    const filed = await fileReport(t.slug);
    const id = await reportId(filed.trackingCode);
    await testDb().update(reports).set({ status: "in_progress", answer: "bản nháp" }).where(eq(reports.id, id));
    expect(await (await follow(t.slug, filed.trackingCode, filed.receipt)).json()).toMatchObject({ answer: null });
    await testDb()
      .update(reports)
      .set({ status: "rejected", rejectionReason: "Ngoài thẩm quyền" })
      .where(eq(reports.id, id));
    expect(await (await follow(t.slug, filed.trackingCode, filed.receipt)).json()).toMatchObject({
      status: "rejected",
      answer: null,
      rejectionReason: "Ngoài thẩm quyền",
    });
  });

  it("opens with the receipt a replayed intake answered", async () => {
    const t = await createHotlineTenant();
    const key = crypto.randomUUID();
    await fileReport(t.slug, aReport, { idempotencyKey: key });
    const replayed = await fileReport(t.slug, aReport, { idempotencyKey: key });
    expect((await follow(t.slug, replayed.trackingCode, replayed.receipt)).status).toBe(200);
  });

  it("rate limits receipt attempts per code and client: the 11th in a minute gets 429, even a right one", async () => {
    const t = await createHotlineTenant();
    const filed = await fileReport(t.slug);
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await follow(t.slug, filed.trackingCode, `WRONG-${i}`, ip)).status).toBe(404);
    }
    const limited = await follow(t.slug, filed.trackingCode, filed.receipt, ip);
    await expectProblem(limited, 429, "rate_limited");
    expect(limited.headers.get("retry-after")).toBe("60");
    // The reporter, elsewhere, is not locked out by a stranger's guessing.
    expect((await follow(t.slug, filed.trackingCode, filed.receipt)).status).toBe(200);
  });

  it("answers 403 when the tenant is suspended", async () => {
    const t = await createHotlineTenant();
    const filed = await fileReport(t.slug);
    const { tenants } = await import("@kycuong/db");
    await testDb().update(tenants).set({ status: "suspended" }).where(eq(tenants.id, t.id));
    await expectProblem(await follow(t.slug, filed.trackingCode, filed.receipt), 403, "tenant_suspended");
  });
});

describe("POST /v1/public/tenants/{slug}/reports/{trackingCode}/messages", () => {
  const site = "https://binhson.quangngai.gov.vn";

  it("adds the reporter's message to the timeline, with an audit entry", async () => {
    const t = await createHotlineTenant({ settings: { hotline: { allowedOrigins: [site] } } });
    const filed = await fileReport(t.slug);
    const message = "Bổ sung: sự việc xảy ra lúc 10 giờ sáng, có người làm chứng.";
    const res = await sendMessage(
      t.slug,
      filed.trackingCode,
      filed.receipt,
      { message: message.normalize("NFD") },
      site,
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("access-control-allow-origin")).toBe(site);
    expect(await res.json()).toEqual({ at: expect.any(String), kind: "reporter_message", message });
    const view = await (await follow(t.slug, filed.trackingCode, filed.receipt)).json<{ timeline: unknown[] }>();
    expect(view.timeline).toEqual([
      expect.objectContaining({ kind: "status_changed", status: "received" }),
      { at: expect.any(String), kind: "reporter_message", message },
    ]);
    const id = await reportId(filed.trackingCode);
    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "report.reporter_message")));
    expect(audit).toMatchObject([{ actorType: "public", tenantId: t.id }]);
  });

  it("refuses a wrong receipt, an empty message and another site, writing nothing", async () => {
    const t = await createHotlineTenant({ settings: { hotline: { allowedOrigins: [site] } } });
    const filed = await fileReport(t.slug);
    const message = { message: "Thêm thông tin" };
    await expectProblem(await sendMessage(t.slug, filed.trackingCode, "WRONG", message), 404, "report_not_found");
    await expectProblem(
      await sendMessage(t.slug, filed.trackingCode, filed.receipt, { message: " " }),
      400,
      "validation_failed",
    );
    const foreign = await sendMessage(t.slug, filed.trackingCode, filed.receipt, message, "https://evil.example");
    await expectProblem(foreign, 403, "origin_not_allowed");
    const id = await reportId(filed.trackingCode);
    const events = await testDb().select().from(reportEvents).where(eq(reportEvents.reportId, id));
    expect(events.map((event) => event.kind)).toEqual(["status_changed"]);
  });
});
