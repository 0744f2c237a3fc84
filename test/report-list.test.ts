import { ReportEvent, ReportListItem, StaffReport } from "@kycuong/domain/reports";
import { afterEach, describe, expect, it, vi } from "vitest";
import { created, ok, pageOf, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { insertAttachment, insertReport, setOwnCalendarDays } from "./fixtures/reports";
import { createStaffTenant } from "./fixtures/staff";

afterEach(() => {
  vi.useRealTimers();
});

describe("reading reports", () => {
  it("shows staff the whole report: contact, attachments, the timeline with internal notes", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d);
    const attachment = await insertAttachment(d, report.id);
    const officer = signIn(d, "hotline_officer");
    const note = await officer.post(`/reports/${report.id}/notes`, { body: "Đã gọi lại cho người phản ánh" });
    expect(await created(note, ReportEvent)).toMatchObject({ kind: "staff_note", public: false });
    const body = await ok(await officer.get(`/reports/${report.id}`), StaffReport);
    expect(body).toMatchObject({
      id: report.id,
      trackingCode: report.trackingCode,
      reporter: { name: "Nguyễn Văn Thử", phone: "0905 000 111", email: "thu@example.vn" },
      attachments: [{ id: attachment.id, filename: "anh-chup.jpg" }],
      timeline: [{ kind: "staff_note", public: false, body: "Đã gọi lại cho người phản ánh" }],
    });
    await expectProblem(await officer.post(`/reports/${report.id}/notes`, { body: "  " }), 400, "validation_failed");
  });

  it("filters by status, category, assigned unit, arrival time and text", async () => {
    const d = await createStaffTenant();
    const at = (day: string) => `2026-03-${day}T02:00:00.000Z`;
    const a = await insertReport(d, {
      createdAt: at("02"),
      categoryCode: "cham_tre",
      description: "Hồ sơ đất đai bị trả chậm 20% hạn",
    });
    const b = await insertReport(d, { createdAt: at("03"), status: "assigned", assignedUnitId: d.communeUnitId });
    const c = await insertReport(d, { createdAt: at("04"), status: "accepted" });
    const officer = signIn(d, "hotline_officer");
    const ids = async (query: string) =>
      (await ok(await officer.get(`/reports?${query}`), pageOf(ReportListItem))).items.map((r) => r.id);

    expect(await ids("")).toEqual([c.id, b.id, a.id]);
    expect(await ids("status=received")).toEqual([a.id]);
    expect(await ids("status=received&status=accepted")).toEqual([c.id, a.id]);
    expect(await ids("category=cham_tre")).toEqual([a.id]);
    expect(await ids(`unitId=${d.communeUnitId}`)).toEqual([b.id]);
    expect(await ids(`from=${at("03")}&to=${at("04")}`)).toEqual([b.id]);
    expect(await ids("from=2026-03-03T00:00:00%2B07:00")).toEqual([c.id, b.id]);
    expect(await ids(`q=${encodeURIComponent("đất đai")}`)).toEqual([a.id]);
    // `%` and `_` are matched literally, not as wildcards.
    expect(await ids("q=20%25")).toEqual([a.id]);
    expect(await ids("q=%25%25")).toEqual([]);
    // Only b has a unit: the hotline's "still to hand out" list, and its opposite.
    expect(await ids("unassigned=true")).toEqual([c.id, a.id]);
    expect(await ids("unassigned=false")).toEqual([b.id]);
    expect(await ids("status=received&unassigned=true")).toEqual([a.id]);

    const page = await ok(await officer.get("/reports"), pageOf(ReportListItem));
    expect(page.items.find((r) => r.id === b.id)).toMatchObject({
      trackingCode: b.trackingCode,
      status: "assigned",
      category: "thai_do",
      unit: { id: d.communeUnitId, name: "Xã Bình Thanh Đông" },
      createdAt: at("03"),
    });
    await expectProblem(await officer.get("/reports?status=lost"), 400, "validation_failed");
    await expectProblem(await officer.get("/reports?from=yesterday"), 400, "validation_failed");
    await expectProblem(await officer.get("/reports?unassigned=yes"), 400, "validation_failed");
  });

  it("pages newest first with a cursor", async () => {
    const d = await createStaffTenant();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await insertReport(d));
    const viewer = signIn(d, "viewer");
    const first = await ok(await viewer.get("/reports?limit=2"), pageOf(ReportListItem));
    const second = await ok(await viewer.get(`/reports?limit=2&cursor=${first.nextCursor}`), pageOf(ReportListItem));
    const third = await ok(await viewer.get(`/reports?limit=2&cursor=${second.nextCursor}`), pageOf(ReportListItem));
    expect([...first.items, ...second.items, ...third.items].map((r) => r.id)).toEqual(made.map((r) => r.id).reverse());
    expect(third.nextCursor).toBeNull();
    await expectProblem(await viewer.get("/reports?limit=101"), 400, "validation_failed");
  });

  it("counts overdue working days with the tenant's calendar (Tết 2026 and a swapped Saturday)", async () => {
    const d = await createStaffTenant();
    // Tết Bính Ngọ (off Mon 16 – Fri 20 Feb 2026) comes from the national calendar every tenant inherits;
    // Sat 28 Feb is made a working day by the tenant itself (a test swap).
    await setOwnCalendarDays(d, [{ date: "2026-02-28", kind: "worked" }]);
    // Due when a local day ends: 23:59:59.999 in Asia/Ho_Chi_Minh is 16:59:59.999 UTC.
    const dueEndOf = (date: string) => `${date}T16:59:59.999Z`;
    const beforeTet = await insertReport(d, { status: "assigned", dueAt: dueEndOf("2026-02-13") });
    const lastWeek = await insertReport(d, { status: "in_progress", dueAt: dueEndOf("2026-02-25") });
    const notYet = await insertReport(d, { status: "assigned", dueAt: dueEndOf("2026-03-02") });
    const answered = await insertReport(d, { status: "resolved", dueAt: dueEndOf("2026-02-13") });
    const rejected = await insertReport(d, { status: "rejected", dueAt: dueEndOf("2026-02-13") });

    // Monday 2 Mar 2026, 10:00 in Hà Nội.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T03:00:00.000Z"));
    const officer = signIn(d, "hotline_officer");
    const items = (await ok(await officer.get("/reports"), pageOf(ReportListItem))).items;
    const state = (id: string) => {
      const item = items.find((r) => r.id === id);
      return [item?.overdue, item?.workingDaysOverdue];
    };
    // 23–27 Feb, Sat 28 Feb (swapped) and Mon 2 Mar; Tết and the weekends do not count.
    expect(state(beforeTet.id)).toEqual([true, 7]);
    // 26, 27, 28 Feb and 2 Mar.
    expect(state(lastWeek.id)).toEqual([true, 4]);
    expect(state(notYet.id)).toEqual([false, 0]);
    expect(state(answered.id)).toEqual([false, 0]);
    expect(state(rejected.id)).toEqual([false, 0]);

    const overdue = (await ok(await officer.get("/reports?overdue=true"), pageOf(ReportListItem))).items.map(
      (r) => r.id,
    );
    expect(overdue).toEqual([lastWeek.id, beforeTet.id]);
    const onTime = (await ok(await officer.get("/reports?overdue=false"), pageOf(ReportListItem))).items.map(
      (r) => r.id,
    );
    expect(onTime).toEqual([rejected.id, answered.id, notYet.id]);
  });
});
