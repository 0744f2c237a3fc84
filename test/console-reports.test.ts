import { env } from "cloudflare:test";
import { StaffReport } from "@kycuong/domain/reports";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../workers/api/src/app";
import { outboxOf, receivedBy } from "./fixtures/alerts";
import { ok, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { ANSWER, insertAttachment, insertCategory, insertOfficial, insertReport, rowOf } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

const FAR = "2099-01-01T00:00:00.000Z";

async function signedIn(d: StaffTenant, role: "hotline_officer" | "unit_head" | "viewer") {
  const browser = new ConsoleBrowser(d.tenant.slug);
  expect((await browser.signIn(d.users[role].email)).status).toBe(303);
  return browser;
}

/** The tracking codes the inbox lists, in order. */
function listed(html: string): string[] {
  return [...html.matchAll(/<a href="\/t\/[^/]+\/app\/reports\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map((m) => m[1] ?? "");
}

/** The report's version as the case page's forms carry it. */
function versionOf(html: string): string {
  const version = /name="version" value="([^"]+)"/.exec(html)?.[1];
  expect(version).toBeTruthy();
  return version ?? "";
}

/** The moves the case page offers (its forms' hidden `to`). */
function movesOffered(html: string): string[] {
  return [...html.matchAll(/name="to" value="([a-z_]+)"/g)].map((m) => m[1] ?? "");
}

/** A console GET as the local dev stack runs it, which reports its database round trips (Server-Timing). */
async function roundTrips(browser: ConsoleBrowser, path: string): Promise<number> {
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const res = await createApp().request(
    path,
    { headers: { cookie } },
    { ...env, ENVIRONMENT: "dev", EMAIL_TRANSPORT: "dev" },
  );
  expect(res.status).toBe(200);
  const timing = res.headers.get("Server-Timing") ?? "";
  return Number(/(\d+) round trips/.exec(timing)?.[1] ?? Number.NaN);
}

describe("the hotline inbox", () => {
  it("lists new reports for the officer, with working filters, badges and a 400 page for a bad filter", async () => {
    const d = await createStaffTenant();
    // Received 03, 04 and 05 March in Việt Nam (the first is still 2 March in UTC).
    const a = await insertReport(d, {
      createdAt: "2026-03-02T18:00:00.000Z",
      dueAt: FAR,
      description: "Hồ sơ đất đai bị trả chậm mà không báo lý do",
    });
    const b = await insertReport(d, {
      createdAt: "2026-03-03T18:00:00.000Z",
      dueAt: "2026-03-10T16:59:59.999Z",
      status: "assigned",
      assignedUnitId: d.communeUnitId,
    });
    const c = await insertReport(d, { createdAt: "2026-03-04T18:00:00.000Z", dueAt: FAR, status: "accepted" });
    const officer = await signedIn(d, "hotline_officer");
    const inbox = `/t/${d.tenant.slug}/app/reports`;

    const all = await officer.get(inbox);
    expect(all.status).toBe(200);
    expect(listed(all.html)).toEqual([c.trackingCode, b.trackingCode, a.trackingCode]);
    expect(all.html).toContain("Đã chuyển đơn vị xử lý");
    expect(all.html).toContain("Xã Bình Thanh Đông");
    expect(all.html).toMatch(/class="badge overdue">Quá hạn \d+ ngày làm việc/);
    expect(all.html).toMatch(/class="badge ok">Còn \d+ ngày làm việc/);
    // Received as officials write it, in Việt Nam's time; each cell names its column for the phone's stacked rows.
    expect(all.html).toContain('<td data-label="Ngày nhận">01:00 03/03/2026</td>');
    // No filter set: the filters are folded away, the list comes first.
    expect(all.html).toMatch(/<details class="filters"><summary>Lọc danh sách<\/summary>/);

    const codes = async (query: string) => {
      const page = await officer.get(`${inbox}?${query}`);
      expect(page.status).toBe(200);
      return listed(page.html);
    };
    expect(await codes("status=received")).toEqual([a.trackingCode]);
    expect(await codes("status=received&status=accepted")).toEqual([c.trackingCode, a.trackingCode]);
    expect(await codes("status=received&unassigned=true")).toEqual([a.trackingCode]);
    expect(await codes("unassigned=true")).toEqual([c.trackingCode, a.trackingCode]);
    expect(await codes(`q=${encodeURIComponent("đất đai")}`)).toEqual([a.trackingCode]);
    expect(await codes("overdue=true")).toEqual([b.trackingCode]);
    expect(await codes(`unitId=${d.communeUnitId}&overdue=true`)).toEqual([b.trackingCode]);
    expect(await codes("from=2026-03-03&to=2026-03-04")).toEqual([b.trackingCode, a.trackingCode]);
    expect(await codes("from=2026-03-05")).toEqual([c.trackingCode]);
    // The form shows the filters it applied.
    const filtered = await officer.get(`${inbox}?status=received&unassigned=true`);
    expect(filtered.html).toMatch(/name="status" value="received" checked/);
    expect(filtered.html).toMatch(/name="unassigned" value="true" checked/);
    expect(filtered.html).toMatch(/<details class="filters" open(="")?>/);

    for (const bad of [
      "status=lost",
      "from=yesterday",
      "to=2026-02-30",
      "unitId=nobody",
      "overdue=maybe",
      "cursor=x",
    ]) {
      const page = await officer.get(`${inbox}?${bad}`);
      expect(page.status, bad).toBe(400);
      expect(page.html).toContain('class="errors card"');
      expect(listed(page.html)).toEqual([]);
    }
  });

  it("pages with a next link that keeps the filters", async () => {
    const d = await createStaffTenant();
    for (let i = 0; i < 51; i++) await insertReport(d, { dueAt: FAR });
    const other = await insertReport(d, { dueAt: FAR, status: "accepted" });
    const officer = await signedIn(d, "hotline_officer");
    const first = await officer.get(`/t/${d.tenant.slug}/app/reports?status=received`);
    expect(listed(first.html)).toHaveLength(50);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.html)?.[1]?.replace(/&amp;/g, "&") ?? "";
    expect(next).toContain("status=received");
    expect(next).toContain("cursor=");
    const second = await officer.get(next);
    expect(listed(second.html)).toHaveLength(1);
    expect(listed(second.html)).not.toContain(other.trackingCode);
    expect(second.html).not.toContain('rel="next"');
  });

  it("shows a unit head only their subtree: another unit's or tenant's case is the 404 page", async () => {
    const d = await createStaffTenant();
    const mine = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId, dueAt: FAR });
    const theirs = await insertReport(d, { status: "assigned", assignedUnitId: d.otherCommuneUnitId, dueAt: FAR });
    const unassigned = await insertReport(d, { dueAt: FAR });
    const elsewhere = await insertReport(await createStaffTenant(), { dueAt: FAR });
    const head = await signedIn(d, "unit_head");
    const app = `/t/${d.tenant.slug}/app`;

    expect(listed((await head.get(`${app}/reports`)).html)).toEqual([mine.trackingCode]);
    expect((await head.get(`${app}/reports/${mine.id}`)).status).toBe(200);
    for (const id of [theirs.id, unassigned.id, elsewhere.id]) {
      const page = await head.get(`${app}/reports/${id}`);
      expect(page.status).toBe(404);
      expect(page.html).toContain("Không tìm thấy");
    }
    const officer = await signedIn(d, "hotline_officer");
    expect((await officer.get(`${app}/reports/${elsewhere.id}`)).status).toBe(404);
    expect((await officer.get(`${app}/reports/not-an-id`)).status).toBe(404);
    // The head does not triage: no recording form.
    expect((await head.get(`${app}/reports/new`)).status).toBe(403);
  });

  it("costs two database round trips per page: the session, then the page's one batch", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d, { status: "assigned", assignedUnitId: d.communeUnitId, dueAt: FAR });
    await insertAttachment(d, report.id);
    const officer = await signedIn(d, "hotline_officer");
    const app = `/t/${d.tenant.slug}/app`;
    expect(await roundTrips(officer, `${app}/reports`)).toBe(2);
    expect(await roundTrips(officer, `${app}/reports?status=assigned&overdue=false&q=c%C3%A1n`)).toBe(2);
    expect(await roundTrips(officer, `${app}/reports/${report.id}`)).toBe(2);
    const head = await signedIn(d, "unit_head");
    expect(await roundTrips(head, `${app}/reports`)).toBe(2);
    expect(await roundTrips(head, `${app}/reports/${report.id}`)).toBe(2);
  });
});

describe("a hotline case", () => {
  it("the officer accepts and assigns, the unit head starts and resolves; the page shows each state", async () => {
    const d = await createStaffTenant();
    const official = await insertOfficial(d, d.communeUnitId, "Lê Văn Mẫu");
    const email = `nguoi-dan-${d.tenant.slug}@example.vn`;
    const report = await insertReport(d, { dueAt: FAR, reporterEmail: email, consentToContact: true });
    const attachment = await insertAttachment(d, report.id);
    const officer = await signedIn(d, "hotline_officer");
    const head = await signedIn(d, "unit_head");
    const page = `/t/${d.tenant.slug}/app/reports/${report.id}`;

    let seen = await officer.get(page);
    expect(seen.status).toBe(200);
    expect(seen.html).toContain("Đã tiếp nhận");
    expect(seen.html).toContain(report.description as string);
    expect(seen.html).toContain(email);
    expect(seen.html).toContain(`href="${page}/attachments/${attachment.id}"`);
    expect(movesOffered(seen.html)).toEqual(["accepted", "rejected", "duplicate"]);

    let done = await officer.post(`${page}/transitions`, { to: "accepted", version: versionOf(seen.html) });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${page}?done=accepted`);
    seen = await officer.get(done.location ?? "");
    expect(seen.html).toContain("Đã thụ lý phản ánh.");
    expect(movesOffered(seen.html)).toEqual(["assigned", "rejected", "duplicate"]);

    // A refused field comes back next to its own form, and writes nothing.
    const refused = await officer.post(`${page}/transitions`, {
      to: "assigned",
      unitId: "",
      version: versionOf(seen.html),
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('href="#assigned-unitId"');
    expect(refused.html).toContain('id="assigned-unitId" name="unitId" aria-describedby="assigned-unitId-error"');
    expect((await rowOf(report.id))?.status).toBe("accepted");

    done = await officer.post(`${page}/transitions`, {
      to: "assigned",
      unitId: d.communeUnitId,
      version: versionOf(seen.html),
    });
    expect(done.status).toBe(303);
    done = await officer.post(`${page}/notes`, { body: "GHI CHÚ NỘI BỘ: đã gọi cho xã, chưa nghe máy" });
    expect(done.status).toBe(303);
    seen = await officer.get(page);
    expect(seen.html).toContain("Đã chuyển đơn vị xử lý");
    expect(seen.html).toContain("Nội bộ");
    expect(seen.html).toContain("GHI CHÚ NỘI BỘ");

    seen = await head.get(page);
    expect(seen.status).toBe(200);
    expect(movesOffered(seen.html)).toEqual(["in_progress"]);
    done = await head.post(`${page}/transitions`, { to: "in_progress", version: versionOf(seen.html) });
    expect(done.status).toBe(303);
    seen = await head.get(page);
    expect(seen.html).toContain("Đang xử lý");
    expect(movesOffered(seen.html)).toEqual(["resolved"]);
    expect(seen.html).toContain("Lê Văn Mẫu");

    const resolve = {
      to: "resolved",
      finding: "substantiated",
      answer: ANSWER,
      officialIds: official.id,
      version: versionOf(seen.html),
    };
    done = await head.post(`${page}/transitions`, resolve);
    expect(done.status).toBe(303);
    seen = await head.get(done.location ?? "");
    expect(seen.html).toContain("Đã giải quyết");
    expect(seen.html).toContain("Đã kết luận và trả lời người phản ánh.");
    expect(movesOffered(seen.html)).toEqual([]);
    expect(await rowOf(report.id)).toMatchObject({ status: "resolved", finding: "substantiated", answer: ANSWER });

    // The reporter (email and consent) gets one answer: status, answer, the status page; nothing internal.
    const [sent, ...more] = await vi.waitFor(
      async () => {
        const got = await receivedBy(email);
        expect(got.length).toBeGreaterThan(0);
        return got;
      },
      { timeout: 5000, interval: 100 },
    );
    expect(more).toEqual([]);
    expect(sent?.subject).toContain(report.trackingCode as string);
    for (const part of [sent?.text ?? "", sent?.html ?? ""]) {
      expect(part).toContain("Đã giải quyết");
      expect(part).toContain(`https://kycuong.test/t/${d.tenant.slug}/hotline/status`);
      expect(part).not.toContain("GHI CHÚ NỘI BỘ");
      expect(part).not.toContain(d.users.hotline_officer.email);
      expect(part).not.toContain(d.users.unit_head.email);
    }
    expect(sent?.text).toContain(ANSWER);

    // The same form posted again (a retry) writes nothing and sends nothing.
    const retried = await head.post(`${page}/transitions`, resolve);
    expect(retried.status).toBe(409);
    expect(await outboxOf(d, email)).toHaveLength(1);

    // Closing is the officer's; a closed case offers reopening.
    seen = await officer.get(page);
    expect(movesOffered(seen.html)).toEqual(["closed", "reopened"]);
    done = await officer.post(`${page}/transitions`, { to: "closed", version: versionOf(seen.html) });
    expect(done.status).toBe(303);
    expect((await officer.get(page)).html).toContain("Đã kết thúc");
    expect(await outboxOf(d, email)).toHaveLength(1);
  });

  it("of two posts from pages read at the same state, the second gets 409 and changes nothing", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d, { status: "accepted", dueAt: FAR });
    const first = await signedIn(d, "hotline_officer");
    const second = await signedIn(d, "hotline_officer");
    const page = `/t/${d.tenant.slug}/app/reports/${report.id}`;
    const seenByFirst = await first.get(page);
    const seenBySecond = await second.get(page);

    const won = await first.post(`${page}/transitions`, {
      to: "assigned",
      unitId: d.communeUnitId,
      version: versionOf(seenByFirst.html),
    });
    expect(won.status).toBe(303);
    const before = await rowOf(report.id);
    const lost = await second.post(`${page}/transitions`, {
      to: "assigned",
      unitId: d.otherCommuneUnitId,
      version: versionOf(seenBySecond.html),
    });
    expect(lost.status).toBe(409);
    expect(lost.html).toContain("vừa được người khác thay đổi");
    expect(lost.html).toContain("Đã chuyển đơn vị xử lý");
    expect(await rowOf(report.id)).toEqual(before);
    expect(before?.assignedUnitId).toBe(d.communeUnitId);
  });

  it("refuses a post without its CSRF token (403) and changes nothing", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d, { dueAt: FAR });
    const officer = await signedIn(d, "hotline_officer");
    const page = `/t/${d.tenant.slug}/app/reports/${report.id}`;
    const seen = await officer.get(page);
    const res = await officer.post(`${page}/transitions`, {
      _csrf: null,
      to: "accepted",
      version: versionOf(seen.html),
    });
    expect(res.status).toBe(403);
    const note = await officer.post(`${page}/notes`, { _csrf: null, body: "không được ghi" });
    expect(note.status).toBe(403);
    expect(await rowOf(report.id)).toMatchObject({ status: "received", updatedAt: report.updatedAt });
    expect((await officer.get(page)).html).not.toContain("không được ghi");
  });

  it("emails the answer only with consent, for rejections too, and from the API as from the console", async () => {
    const d = await createStaffTenant();
    const consenting = `dong-y-${d.tenant.slug}@example.vn`;
    const silent = `khong-dong-y-${d.tenant.slug}@example.vn`;
    const rejected = await insertReport(d, { dueAt: FAR, reporterEmail: consenting, consentToContact: true });
    const noConsent = await insertReport(d, { dueAt: FAR, reporterEmail: silent, consentToContact: false });
    const officer = await signedIn(d, "hotline_officer");
    for (const report of [rejected, noConsent]) {
      const page = `/t/${d.tenant.slug}/app/reports/${report.id}`;
      const seen = await officer.get(page);
      const done = await officer.post(`${page}/transitions`, {
        to: "rejected",
        reason: "Nội dung không thuộc thẩm quyền của huyện",
        version: versionOf(seen.html),
      });
      expect(done.status).toBe(303);
    }
    const [answer] = await vi.waitFor(
      async () => {
        const got = await receivedBy(consenting);
        expect(got).toHaveLength(1);
        return got;
      },
      { timeout: 5000, interval: 100 },
    );
    expect(answer?.text).toContain("Không thụ lý");
    expect(answer?.text).toContain("Nội dung không thuộc thẩm quyền của huyện");
    expect(await outboxOf(d, silent)).toEqual([]);

    // Through the API: the same verb writes the same one email.
    const apiEmail = `api-${d.tenant.slug}@example.vn`;
    const viaApi = await insertReport(d, {
      status: "in_progress",
      assignedUnitId: d.communeUnitId,
      dueAt: FAR,
      reporterEmail: apiEmail,
      consentToContact: true,
    });
    const api = signIn(d, "hotline_officer");
    const res = await api.post(`/reports/${viaApi.id}/transitions`, {
      to: "resolved",
      finding: "unsubstantiated",
      answer: ANSWER,
    });
    expect(await ok(res, StaffReport)).toMatchObject({ status: "resolved" });
    await vi.waitFor(async () => expect(await receivedBy(apiEmail)).toHaveLength(1), { timeout: 5000, interval: 100 });
    expect(await outboxOf(d, silent)).toEqual([]);
  });

  it("records a report taken by phone and lands on its case page, showing the receipt once", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const officer = await signedIn(d, "hotline_officer");
    const form = `/t/${d.tenant.slug}/app/reports/new`;
    expect((await officer.get(form)).status).toBe(200);

    const short = await officer.post(form, { channel: "phone", category: "thai_do", description: "ngắn" });
    expect(short.status).toBe(400);
    expect(short.html).toContain('href="#description"');

    await officer.get(form);
    const description = "Người gọi phản ánh cán bộ địa chính xã hẹn nhiều lần nhưng không giải quyết hồ sơ.";
    const recorded = await officer.post(form, {
      channel: "phone",
      category: "thai_do",
      description,
      reporterName: "Phạm Thị Gọi",
      reporterPhone: "0905 123 456",
    });
    expect(recorded.status).toBe(303);
    const location = recorded.location ?? "";
    expect(location).toMatch(new RegExp(`^/t/${d.tenant.slug}/app/reports/[0-9a-f-]{36}$`));
    const first = await officer.get(location);
    expect(first.status).toBe(200);
    expect(first.html).toContain(description);
    expect(first.html).toContain("Điện thoại");
    expect(first.html).toContain("Phạm Thị Gọi");
    const receipt = /Mã bí mật<\/dt><dd><strong>([^<]+)<\/strong>/.exec(first.html)?.[1];
    expect(receipt).toMatch(/^[2-9A-Z-]{20,60}$/);
    const again = await officer.get(location);
    expect(again.html).not.toContain(receipt);
    expect(listed((await officer.get(`/t/${d.tenant.slug}/app/reports`)).html)).toHaveLength(1);
  });

  it("the call form posted twice (a double click, a reload) records one report", async () => {
    const d = await createStaffTenant();
    await insertCategory(d);
    const officer = await signedIn(d, "hotline_officer");
    const form = `/t/${d.tenant.slug}/app/reports/new`;
    const page = await officer.get(form);
    const submission = /name="submission" value="([^"]+)"/.exec(page.html)?.[1] ?? "";
    expect(submission).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const fields = {
      channel: "in_person",
      category: "thai_do",
      description: "Công dân đến trụ sở phản ánh cán bộ tiếp dân vắng mặt suốt buổi sáng thứ Hai.",
      submission,
    };
    const first = await officer.post(form, fields);
    const second = await officer.post(form, fields);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.location).toBe(first.location);
    expect(listed((await officer.get(`/t/${d.tenant.slug}/app/reports`)).html)).toHaveLength(1);
    // A fresh form is a new report.
    const next = await officer.get(form);
    const other = /name="submission" value="([^"]+)"/.exec(next.html)?.[1];
    expect(other).not.toBe(submission);
  });
});
