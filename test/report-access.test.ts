import { reportEvents } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { ANSWER, insertCategory, insertOfficial, insertReport, reportApi, rowOf } from "./fixtures/reports";
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
    const head = reportApi(d, "unit_head");

    const list = await (await head.list()).json<{ items: { id: string }[] }>();
    expect(list.items.map((r) => r.id)).toEqual([mine.id]);
    for (const hidden of [elsewhere, unassigned]) {
      await expectProblem(await head.get(hidden.id), 404, "report_not_found");
      await expectProblem(await head.move(hidden.id, { to: "in_progress" }), 404, "report_not_found");
      await expectProblem(await head.note(hidden.id, { body: "Không được phép" }), 404, "report_not_found");
    }

    await expectProblem(await head.move(unassigned.id, { to: "accepted" }), 403, "forbidden");
    await expectProblem(await head.move(mine.id, { to: "assigned", unitId: d.communeUnitId }), 403, "forbidden");
    expect((await head.move(mine.id, { to: "in_progress" })).status).toBe(200);
    expect((await head.note(mine.id, { body: "Đã làm việc với cán bộ liên quan" })).status).toBe(201);
    const resolved = await head.move(mine.id, {
      to: "resolved",
      finding: "substantiated",
      answer: ANSWER,
      officialIds: [official.id],
    });
    expect(await resolved.json()).toMatchObject({ status: "resolved", officials: [{ id: official.id }] });
    await expectProblem(await head.move(mine.id, { to: "closed" }), 403, "forbidden");
    expect((await rowOf(unassigned.id))?.status).toBe("received");
  });

  it("a viewer reads but cannot move reports or write notes", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d);
    const viewer = reportApi(d, "viewer");
    expect((await viewer.get(report.id)).status).toBe(200);
    await expectProblem(await viewer.move(report.id, { to: "accepted" }), 403, "forbidden");
    await expectProblem(await viewer.note(report.id, { body: "Ghi chú" }), 403, "forbidden");
    expect((await rowOf(report.id))?.status).toBe("received");
  });

  it("another tenant's staff never see the report", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const report = await insertReport(d);
    const theirs = reportApi(other, "hotline_officer");
    await expectProblem(await theirs.get(report.id), 404, "report_not_found");
    await expectProblem(await theirs.move(report.id, { to: "accepted" }), 404, "report_not_found");
    const list = await (await theirs.list()).json<{ items: { id: string }[] }>();
    expect(list.items.map((r) => r.id)).not.toContain(report.id);
    expect((await rowOf(report.id))?.status).toBe("received");
  });

  it("internal notes never reach the reporter's timeline", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const officer = reportApi(d, "hotline_officer");
    const recorded = await (await officer.record({ ...CALL, channel: "email" })).json<{
      id: string;
      trackingCode: string;
      receipt: string;
    }>();
    const secret = "Nghi ngờ người phản ánh có mâu thuẫn cá nhân với cán bộ";
    expect((await officer.note(recorded.id, { body: secret })).status).toBe(201);
    await officer.move(recorded.id, { to: "rejected", reason: "Đã được giải quyết ở kỳ tiếp dân trước" });

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
    const officer = reportApi(d, "hotline_officer");
    const res = await officer.record({ ...CALL, unitId: d.communeUnitId });
    expect(res.status).toBe(201);
    const recorded = await res.json<{ id: string; trackingCode: string; receipt: string; channel: string }>();
    expect(recorded).toMatchObject({ channel: "phone", status: "received", receipt: expect.any(String) });

    const staffView = await (await officer.get(recorded.id)).json<Record<string, unknown>>();
    expect(staffView).toMatchObject({
      trackingCode: recorded.trackingCode,
      channel: "phone",
      status: "received",
      reporter: { name: "Lê Văn Gọi", phone: "0912 345 678" },
    });
    expect(JSON.stringify(staffView)).not.toContain(recorded.receipt);

    await expectProblem(await officer.record({ ...CALL, channel: "web" }), 400, "validation_failed");
    await expectProblem(await reportApi(d, "unit_head").record(CALL), 403, "forbidden");
  });
});
