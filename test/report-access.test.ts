import { reportEvents } from "@kycuong/db";
import { ReportListItem, StaffReport } from "@kycuong/domain/reports";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { RecordedReport } from "../workers/api/src/routes/tenants/reports";
import { api } from "./fixtures/api";
import { created, ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { ANSWER, insertCategory, insertOfficial, insertReport, rowOf } from "./fixtures/reports";
import { createStaffTenant } from "./fixtures/staff";

/** A call as a hotline officer would type it in. */
const CALL = {
  channel: "phone",
  category: "thai_do",
  description: "Người gọi phản ánh cán bộ địa chính xã không tiếp dân trong giờ hành chính.",
  reporterName: "Lê Văn Gọi",
  reporterPhone: "0912 345 678",
  consentToContact: true,
};

describe("who may see and move reports", () => {
  it("a unit head sees and works only their subtree's reports, and cannot triage", async () => {
    const d = await createStaffTenant();
    const official = await insertOfficial(d, d.communeUnitId);
    const mine = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId });
    const elsewhere = await insertReport(d, { status: "assigned", assignedUnitId: d.otherCommuneUnitId });
    const unassigned = await insertReport(d);
    const head = signIn(d, "unit_head");

    const list = await ok(await head.get("/reports"), pageOf(ReportListItem));
    expect(list.items.map((r) => r.id)).toEqual([mine.id]);
    for (const hidden of [elsewhere, unassigned]) {
      await expectProblem(await head.get(`/reports/${hidden.id}`), 404, "report_not_found");
      await expectProblem(
        await head.post(`/reports/${hidden.id}/transitions`, { to: "in_progress" }),
        404,
        "report_not_found",
      );
      await expectProblem(
        await head.post(`/reports/${hidden.id}/notes`, { body: "Không được phép" }),
        404,
        "report_not_found",
      );
    }

    await expectProblem(await head.post(`/reports/${unassigned.id}/transitions`, { to: "accepted" }), 403, "forbidden");
    await expectProblem(
      await head.post(`/reports/${mine.id}/transitions`, { to: "assigned", unitId: d.communeUnitId }),
      403,
      "forbidden",
    );
    expect((await head.post(`/reports/${mine.id}/transitions`, { to: "in_progress" })).status).toBe(200);
    expect((await head.post(`/reports/${mine.id}/notes`, { body: "Đã làm việc với cán bộ liên quan" })).status).toBe(
      201,
    );
    const resolved = await head.post(`/reports/${mine.id}/transitions`, {
      to: "resolved",
      finding: "substantiated",
      answer: ANSWER,
      officialIds: [official.id],
    });
    expect(await ok(resolved, StaffReport)).toMatchObject({ status: "resolved", officials: [{ id: official.id }] });
    await expectProblem(await head.post(`/reports/${mine.id}/transitions`, { to: "closed" }), 403, "forbidden");
    expect((await rowOf(unassigned.id))?.status).toBe("received");
  });

  it("a viewer reads but cannot move reports or write notes", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d);
    const viewer = signIn(d, "viewer");
    expect((await viewer.get(`/reports/${report.id}`)).status).toBe(200);
    await expectProblem(await viewer.post(`/reports/${report.id}/transitions`, { to: "accepted" }), 403, "forbidden");
    await expectProblem(await viewer.post(`/reports/${report.id}/notes`, { body: "Ghi chú" }), 403, "forbidden");
    expect((await rowOf(report.id))?.status).toBe("received");
  });

  it("another tenant's staff never see the report", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const report = await insertReport(d);
    const theirs = signIn(other, "hotline_officer");
    await expectProblem(await theirs.get(`/reports/${report.id}`), 404, "report_not_found");
    await expectProblem(
      await theirs.post(`/reports/${report.id}/transitions`, { to: "accepted" }),
      404,
      "report_not_found",
    );
    const list = await ok(await theirs.get("/reports"), pageOf(ReportListItem));
    expect(list.items.map((r) => r.id)).not.toContain(report.id);
    expect((await rowOf(report.id))?.status).toBe("received");
  });

  it("internal notes never reach the reporter's timeline", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const officer = signIn(d, "hotline_officer");
    const recorded = await created(await officer.post("/reports", { ...CALL, channel: "email" }), RecordedReport);
    const secret = "Nghi ngờ người phản ánh có mâu thuẫn cá nhân với cán bộ";
    expect((await officer.post(`/reports/${recorded.id}/notes`, { body: secret })).status).toBe(201);
    await officer.post(`/reports/${recorded.id}/transitions`, {
      to: "rejected",
      reason: "Đã được giải quyết ở kỳ tiếp dân trước",
    });

    const stored = await testDb()
      .select()
      .from(reportEvents)
      .where(and(eq(reportEvents.reportId, recorded.id), eq(reportEvents.kind, "staff_note")));
    expect(stored).toEqual([expect.objectContaining({ public: false, body: secret })]);
    // What the person holding the receipt reads.
    const followed = await api(`/v1/public/tenants/${d.tenant.slug}/reports/${recorded.trackingCode}`, {
      headers: { "X-Receipt": recorded.receipt, "CF-Connecting-IP": `10.9.${Math.floor(Math.random() * 250)}.7` },
    });
    expect(followed.status).toBe(200);
    const text = await followed.text();
    expect(text).toContain("Đã được giải quyết ở kỳ tiếp dân trước");
    expect(text).not.toContain("mâu thuẫn");
  });
});

describe("reports recorded by staff on a caller's behalf", () => {
  it("a hotline officer records a phone call and reads the receipt back once", async () => {
    const d = await createStaffTenant();
    await insertCategory(d, "thai_do", 10);
    const officer = signIn(d, "hotline_officer");
    const res = await officer.post("/reports", { ...CALL, unitId: d.communeUnitId });
    expect(res.status).toBe(201);
    const recorded = await created(res, RecordedReport);
    expect(recorded).toMatchObject({ channel: "phone", status: "received", receipt: expect.any(String) });

    const staffView = await ok(await officer.get(`/reports/${recorded.id}`), StaffReport);
    expect(staffView).toMatchObject({
      trackingCode: recorded.trackingCode,
      channel: "phone",
      status: "received",
      reporter: { name: "Lê Văn Gọi", phone: "0912 345 678" },
    });
    expect(JSON.stringify(staffView)).not.toContain(recorded.receipt);

    await expectProblem(await officer.post("/reports", { ...CALL, channel: "web" }), 400, "validation_failed");
    await expectProblem(await signIn(d, "unit_head").post("/reports", CALL), 403, "forbidden");
  });
});
