import { TenantCalendar } from "@kycuong/domain/calendar";
import { describe, expect, it } from "vitest";
import { ok, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { createStaffTenant, type StaffTenant, type TenantRole } from "./fixtures/staff";

/** A browser signed in to the tenant's console as the account with `role`. */
async function consoleAs(d: StaffTenant, role: TenantRole): Promise<ConsoleBrowser> {
  const browser = new ConsoleBrowser(d.tenant.slug);
  expect((await browser.signIn(d.users[role].email)).status).toBe(303);
  return browser;
}

/** The tenant's calendar for a year, as the API answers it. */
async function calendarOf(d: StaffTenant, year: number): Promise<TenantCalendar> {
  return ok(await signIn(d, "tenant_admin").get(`/calendar?year=${year}`), TenantCalendar);
}

const page = (d: StaffTenant, query = "") => `/t/${d.tenant.slug}/app/settings/calendar${query}`;

describe("console: the working calendar", () => {
  it("shows a year's days with their origin, and the year's status: announced, projected or missing", async () => {
    const d = await createStaffTenant();
    const browser = await consoleAs(d, "tenant_admin");

    const home = await browser.get(`/t/${d.tenant.slug}/app`);
    expect(home.html).toContain(`href="${page(d)}"`);
    expect(home.html).toContain("Lịch làm việc");

    const year2026 = await browser.get(page(d, "?year=2026"));
    expect(year2026.status).toBe(200);
    expect(year2026.html).toContain("<h1>Lịch làm việc năm 2026</h1>");
    expect(year2026.html).toContain("Lịch quốc gia năm 2026 đã được công bố chính thức.");
    expect(year2026.html).toContain("12729/VPCP-KGVX");
    expect(year2026.html).not.toContain("Government Office notice");
    expect(year2026.html).toMatch(/Thứ Hai, 16\/02\/2026[\s\S]*Tết Nguyên Đán Bính Ngọ[\s\S]*Lịch quốc gia/);
    expect(year2026.html).toMatch(/Thứ Bảy, 10\/01\/2026[\s\S]*Làm bù/);
    expect(year2026.html).toContain("Đơn vị làm việc ngày 16/02/2026");

    const year2027 = await browser.get(page(d, "?year=2027"));
    expect(year2027.html).toContain("Lịch quốc gia năm 2027 mới là lịch dự kiến");
    expect(year2027.html).toContain("Tết Nguyên Đán Đinh Mùi");

    // Migration 0012 gives no year after 2027, and no test gives the platform 2029.
    const year2029 = await browser.get(page(d, "?year=2029"));
    expect(year2029.status).toBe(200);
    expect(year2029.html).toContain("Chưa có lịch quốc gia năm 2029");
    expect(year2029.html).toContain("được tính như không có ngày lễ");
    expect(year2029.html).toContain("quản trị viên nền tảng Kỷ Cương");
    expect(year2029.html).toContain("Năm này không có ngày nghỉ lễ hay ngày làm bù nào.");

    const english = await browser.get(page(d, "?year=2029&lang=en"));
    expect(english.html).toContain("<h1>Working calendar 2029</h1>");
    expect(english.html).toContain("No national calendar for 2029");
    expect(english.html).not.toContain("Chưa có lịch quốc gia");
  });

  it("a tenant admin adds a day of the district's own, works a national holiday and removes their day again", async () => {
    const d = await createStaffTenant();
    const browser = await consoleAs(d, "tenant_admin");
    await browser.get(page(d, "?year=2026"));

    const added = await browser.post(page(d), {
      year: "2026",
      date: "2026-10-20",
      kind: "holiday",
      name: "Lễ hội Cầu Ngư",
      source: "QĐ 15/QĐ-UBND",
    });
    expect(added.status).toBe(303);
    expect(added.location).toBe(page(d, "?year=2026&saved=2026-10-20"));
    const afterAdd = await browser.get(added.location ?? "");
    expect(afterAdd.html).toContain("Đã lưu ngày 20/10/2026.");
    expect(afterAdd.html).toMatch(/Lễ hội Cầu Ngư[\s\S]*Ngày nghỉ của đơn vị[\s\S]*Của đơn vị[\s\S]*QĐ 15\/QĐ-UBND/);
    expect(afterAdd.html).toContain(`action="${page(d, "/2026-10-20/remove")}"`);

    // The row's button: Reunification Day, worked here.
    const worked = await browser.post(page(d), {
      year: "2026",
      date: "2026-04-30",
      kind: "worked",
      name: "Đơn vị làm việc ngày này",
    });
    expect(worked.status).toBe(303);
    const calendar = await calendarOf(d, 2026);
    expect(calendar.days.find((day) => day.date === "2026-10-20")).toMatchObject({
      kind: "holiday",
      dayOff: true,
      origin: "tenant",
      name: "Lễ hội Cầu Ngư",
      source: "QĐ 15/QĐ-UBND",
    });
    expect(calendar.days.find((day) => day.date === "2026-04-30")).toMatchObject({
      kind: "worked",
      dayOff: false,
      origin: "tenant",
      replaces: { kind: "holiday" },
    });
    const afterWorked = await browser.get(page(d, "?year=2026"));
    expect(afterWorked.html).toContain("thay cho: Ngày Giải phóng miền Nam, thống nhất đất nước");

    await browser.get(page(d, "?year=2026"));
    const removed = await browser.post(page(d, "/2026-04-30/remove"));
    expect(removed.status).toBe(303);
    expect(removed.location).toBe(page(d, "?year=2026&removed=2026-04-30"));
    expect((await browser.get(removed.location ?? "")).html).toContain("Đã xóa ngày 30/04/2026 của đơn vị");
    const restored = await calendarOf(d, 2026);
    expect(restored.days.find((day) => day.date === "2026-04-30")?.origin).toBe("national");
    expect(restored.days.find((day) => day.date === "2026-10-20")?.origin).toBe("tenant");
  });

  it("bad input comes back as the page with each mistake marked, the values kept, and nothing written", async () => {
    const d = await createStaffTenant();
    const browser = await consoleAs(d, "tenant_admin");
    await browser.get(page(d, "?year=2026"));
    const before = await calendarOf(d, 2026);

    const bad = await browser.post(page(d), {
      year: "2026",
      date: "2026-02-30",
      kind: "vacation",
      name: "   ",
      source: "x".repeat(501),
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("Vui lòng sửa các mục sau");
    for (const [field, message] of [
      ["date", "Nhập một ngày có thật."],
      ["kind", "Chọn ngày nghỉ hay ngày làm việc."],
      ["name", "Nhập tên ngày (tối đa 200 ký tự)."],
      ["source", "Căn cứ tối đa 500 ký tự."],
    ]) {
      expect(bad.html).toContain(`<a href="#${field}">${message}</a>`);
      expect(bad.html).toMatch(new RegExp(`id="${field}" name="${field}"[^>]*aria-invalid="true"`));
    }
    expect(bad.html).toContain('value="2026-02-30"');
    expect(bad.html).toContain("<h1>Lịch làm việc năm 2026</h1>");

    // A good date but no name: the page of the date's year comes back.
    const noName = await browser.post(page(d), { year: "2026", date: "2027-03-01", kind: "holiday", name: "" });
    expect(noName.status).toBe(400);
    expect(noName.html).toContain("<h1>Lịch làm việc năm 2027</h1>");
    expect(noName.html).toContain('value="2027-03-01"');

    expect(await calendarOf(d, 2026)).toEqual(before);
    expect((await calendarOf(d, 2027)).days.every((day) => day.origin === "national")).toBe(true);
  });

  it("another tenant's days are not shown, and only those who may change the settings get the forms", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const otherAdmin = await consoleAs(other, "tenant_admin");
    await otherAdmin.get(page(other, "?year=2026"));
    expect(
      (
        await otherAdmin.post(page(other), {
          year: "2026",
          date: "2026-06-15",
          kind: "holiday",
          name: "Lễ hội của huyện bên",
        })
      ).status,
    ).toBe(303);

    const admin = await consoleAs(d, "tenant_admin");
    const mine = await admin.get(page(d, "?year=2026"));
    expect(mine.html).not.toContain("Lễ hội của huyện bên");
    expect(mine.html).not.toContain("15/06/2026");
    // Removing that date here touches only this tenant's days.
    await admin.post(page(d, "/2026-06-15/remove"));
    expect((await calendarOf(other, 2026)).days.find((day) => day.date === "2026-06-15")?.origin).toBe("tenant");

    // A viewer reads the calendar but gets no form, and a post is refused.
    const viewer = await consoleAs(d, "viewer");
    const read = await viewer.get(page(d, "?year=2026"));
    expect(read.status).toBe(200);
    expect(read.html).toContain("Tết Nguyên Đán Bính Ngọ");
    expect(read.html).not.toContain("Thêm hoặc sửa một ngày của đơn vị");
    expect(read.html).not.toContain("/remove");
    const refused = await viewer.post(page(d), { year: "2026", date: "2026-10-21", kind: "holiday", name: "Nghỉ" });
    expect(refused.status).toBe(403);
    expect((await calendarOf(d, 2026)).days.map((day) => day.date)).not.toContain("2026-10-21");
    // A unit head does not read the settings at all.
    expect((await (await consoleAs(d, "unit_head")).get(page(d))).status).toBe(403);
  });
});
