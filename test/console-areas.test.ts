import { tasks } from "@kycuong/db";
import { localDate } from "@kycuong/domain/calendar";
import { newId } from "@kycuong/domain/context";
import { InspectionDetail } from "@kycuong/domain/inspections";
import { RecordedReminder } from "@kycuong/domain/tasks";
import { ViolationRecord } from "@kycuong/domain/violations";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  createAlertTenant,
  endOfVnDay,
  insertOpenTask,
  outboxOf,
  receivedBy,
  runAlertJobs,
  vn,
} from "./fixtures/alerts";
import { created, ok, signIn } from "./fixtures/client";
import { consoleAs } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { addIssue, assignedTo, createSession } from "./fixtures/dialogues";
import { createTeamAndTemplate } from "./fixtures/inspections";
import { createStaffTenant } from "./fixtures/staff";
import { aReminder, createTask } from "./fixtures/tasks";
import { arrangeViolations, recordThroughApi } from "./fixtures/violations";

/** The local date `days` calendar days from today in the fixture tenants' time zone. */
function daysFromToday(days: number): string {
  return localDate(new Date(Date.now() + days * 86_400_000), "Asia/Ho_Chi_Minh");
}

/** Moves a task's deadline into the past (the API refuses to record one there). */
async function makeOverdue(taskId: string, dueOn: string) {
  await testDb()
    .update(tasks)
    .set({ dueOn, dueAt: new Date(`${dueOn}T16:59:59.999Z`).toISOString() })
    .where(eq(tasks.id, taskId));
}

describe("console: tasks", () => {
  it("lists open, overdue and due-soon tasks, and shows one task with its reminders and badge", async () => {
    const d = await createStaffTenant();
    const overdue = await createTask(d, { title: "Báo cáo quá hạn về khắc phục", dueOn: daysFromToday(20) });
    await makeOverdue(overdue.id, daysFromToday(-10));
    const soon = await createTask(d, { title: "Kế hoạch sắp đến hạn", dueOn: daysFromToday(1) });
    const later = await createTask(d, { title: "Việc còn lâu mới đến hạn", dueOn: daysFromToday(60) });
    const party = signIn(d, "party_office");
    for (const n of [1, 2]) {
      await created(
        await party.post(`/tasks/${overdue.id}/reminders`, aReminder(n, { docDate: daysFromToday(-1) })),
        RecordedReminder,
      );
    }
    const browser = await consoleAs(d, "party_office");
    const app = `/t/${d.tenant.slug}/app`;

    const open = await browser.get(`${app}/tasks`);
    expect(open.status).toBe(200);
    for (const t of [overdue, soon, later]) expect(open.html).toContain(`${app}/tasks/${t.id}`);
    expect(open.html).toContain('class="table-wrap"');

    const late = await browser.get(`${app}/tasks?due=overdue`);
    expect(late.html).toContain(`${app}/tasks/${overdue.id}`);
    expect(late.html).not.toContain(`${app}/tasks/${soon.id}`);
    expect(late.html).toContain('class="badge overdue"');
    expect(late.html).toContain("<h1>Nhiệm vụ quá hạn</h1>");

    const dueSoon = await browser.get(`${app}/tasks?due=soon`);
    expect(dueSoon.html).toContain(`${app}/tasks/${soon.id}`);
    expect(dueSoon.html).not.toContain(`${app}/tasks/${overdue.id}`);
    expect(dueSoon.html).not.toContain(`${app}/tasks/${later.id}`);

    const page = await browser.get(`${app}/tasks/${overdue.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("<h1>Báo cáo quá hạn về khắc phục</h1>");
    expect(page.html).toContain("125-TB/HU");
    expect(page.html).toContain("12/09/2026");
    expect(page.html).toContain("Xã Bình Thanh Đông");
    expect(page.html).toContain("101-CV/HU");
    expect(page.html).toContain("102-CV/HU");
    expect(page.html).toMatch(/class="badge overdue">Quá hạn \d+ ngày làm việc/);
    expect(page.html).toContain(`${app}/tracking-book?year=`);
    expect(page.html).toMatch(/<nav aria-label="Đường dẫn"[^>]*>[\s\S]*Hôm nay[\s\S]*Nhiệm vụ/);

    const english = await browser.get(`${app}/tasks/${later.id}?lang=en`);
    expect(english.html).toMatch(/class="badge ok">\d+ working days left/);
  });

  it("the API's task list takes the same due=overdue|soon filter", async () => {
    const d = await createStaffTenant();
    const overdue = await createTask(d, { title: "Quá hạn", dueOn: daysFromToday(20) });
    await makeOverdue(overdue.id, daysFromToday(-10));
    const soon = await createTask(d, { title: "Sắp đến hạn", dueOn: daysFromToday(1) });
    await createTask(d, { title: "Còn lâu", dueOn: daysFromToday(60) });
    const ids = async (query: string) => {
      const res = await signIn(d, "viewer").get(`/tasks?${query}`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { id: string }[] }).items.map((t) => t.id);
    };
    expect(await ids("due=overdue")).toEqual([overdue.id]);
    expect(await ids("due=soon")).toEqual([soon.id]);
    expect((await signIn(d, "viewer").get("/tasks?due=later")).status).toBe(400);
  });

  it("a unit head sees their subtree's tasks only; another tenant's task is 404; a hotline officer is refused", async () => {
    const d = await createStaffTenant();
    const mine = await createTask(d, { title: "Việc của xã mình" });
    const theirs = await createTask(d, { title: "Việc của xã khác", unitId: d.otherCommuneUnitId });
    const head = await consoleAs(d, "unit_head");
    const app = `/t/${d.tenant.slug}/app`;
    const list = await head.get(`${app}/tasks`);
    expect(list.html).toContain(mine.title);
    expect(list.html).not.toContain(theirs.title);
    expect((await head.get(`${app}/tasks/${mine.id}`)).status).toBe(200);
    const hidden = await head.get(`${app}/tasks/${theirs.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.html).not.toContain(theirs.title);

    const other = await createStaffTenant();
    const foreign = await createTask(other, { title: "Việc của huyện khác" });
    const admin = await consoleAs(d, "tenant_admin");
    expect((await admin.get(`${app}/tasks/${foreign.id}`)).status).toBe(404);
    expect((await admin.get(`${app}/tasks/${newId()}`)).status).toBe(404);

    const hotline = await consoleAs(d, "hotline_officer");
    expect((await hotline.get(`${app}/tasks`)).status).toBe(403);
    expect((await hotline.get(`${app}/tasks/${mine.id}`)).status).toBe(403);
  });
});

describe("console: dialogues", () => {
  it("lists overdue conclusions linking to their session, where the named issue is highlighted", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d, { heldOn: "2026-03-10", place: "Nhà văn hóa ấp 3" });
    const late = await addIssue(d, session.id, {
      ...assignedTo(d.communeUnitId),
      content: "Đèn đường hư hỏng nhiều tháng",
      conclusion: "Giao UBND xã sửa đèn đường",
    });
    const spot = await addIssue(d, session.id, {
      outcome: "resolved_on_the_spot",
      content: "Hỏi về thủ tục cấp sổ đỏ",
      conclusion: "Đã hướng dẫn tại chỗ",
    });
    expect(late.overdue).toBe(true);
    const app = `/t/${d.tenant.slug}/app`;
    const party = await consoleAs(d, "party_office");

    const list = await party.get(`${app}/dialogues?conclusions=overdue`);
    expect(list.status).toBe(200);
    expect(list.html).toContain("<h1>Kết luận đối thoại quá hạn</h1>");
    const href = `${app}/dialogues/${session.id}?issue=${late.id}#issue-${late.id}`;
    expect(list.html).toContain(`href="${href}"`);
    expect(list.html).toContain("Giao UBND xã sửa đèn đường");
    expect(list.html).not.toContain("Đã hướng dẫn tại chỗ");
    expect(list.html).toContain('class="badge overdue"');

    const sessions = await party.get(`${app}/dialogues`);
    expect(sessions.html).toContain(`${app}/dialogues/${session.id}`);
    expect(sessions.html).toContain("10/03/2026");

    const page = await party.get(`${app}/dialogues/${session.id}?issue=${late.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Buổi đối thoại ngày 10/03/2026");
    expect(page.html).toContain("Nhà văn hóa ấp 3");
    const sectionOf = (id: string) => new RegExp(`<section[^>]*id="issue-${id}"[^>]*>`).exec(page.html)?.[0] ?? "";
    expect(sectionOf(late.id)).toContain("highlight");
    expect(sectionOf(late.id)).toContain('aria-current="true"');
    expect(sectionOf(spot.id)).not.toBe("");
    expect(sectionOf(spot.id)).not.toContain("highlight");
    expect(sectionOf(spot.id)).not.toContain("aria-current");
    expect(page.html.match(/aria-current="true"/g)).toHaveLength(1);

    const plain = await party.get(`${app}/dialogues/${session.id}`);
    expect(plain.html).not.toContain('aria-current="true"');
  });

  it("a unit head opens a session of their subtree, not another commune's; another tenant's session is 404", async () => {
    const d = await createStaffTenant();
    const mine = await createSession(d);
    const theirs = await createSession(d, { hostUnitId: d.otherCommuneUnitId, place: "Hội trường xã Bình Chánh" });
    const app = `/t/${d.tenant.slug}/app`;
    const head = await consoleAs(d, "unit_head");
    expect((await head.get(`${app}/dialogues/${mine.id}`)).status).toBe(200);
    const hidden = await head.get(`${app}/dialogues/${theirs.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.html).not.toContain("Hội trường xã Bình Chánh");
    const other = await createStaffTenant();
    const foreign = await createSession(other);
    expect((await (await consoleAs(d, "party_office")).get(`${app}/dialogues/${foreign.id}`)).status).toBe(404);
  });
});

describe("console: violation records", () => {
  it("an inspector lists drafts and records awaiting explanations or decisions, and reads a record", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    const draft = await recordThroughApi(inspector, [people.a.id], { draft: true });
    const waiting = await recordThroughApi(inspector, [people.a.id, people.b.id]);
    const quiet = await recordThroughApi(inspector, [people.c.id]);
    await ok(
      await inspector.post(`/violations/${waiting.id}/officials/${people.a.id}/explanation-request`),
      ViolationRecord,
    );
    const app = `/t/${d.tenant.slug}/app`;
    const browser = await consoleAs(d, "inspector");

    const drafts = await browser.get(`${app}/violations?status=draft`);
    expect(drafts.status).toBe(200);
    expect(drafts.html).toContain(`${app}/violations/${draft.id}`);
    expect(drafts.html).not.toContain(`${app}/violations/${waiting.id}`);

    const explanations = await browser.get(`${app}/violations?awaiting=explanation`);
    expect(explanations.html).toContain("<h1>Biên bản chờ giải trình</h1>");
    expect(explanations.html).toContain(`${app}/violations/${waiting.id}`);
    expect(explanations.html).not.toContain(`${app}/violations/${quiet.id}`);
    expect(explanations.html).not.toContain(`${app}/violations/${draft.id}`);

    const decisions = await browser.get(`${app}/violations?awaiting=decision`);
    expect(decisions.html).not.toContain(`${app}/violations/${waiting.id}`);

    const page = await browser.get(`${app}/violations/${waiting.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Quán ăn gần trụ sở UBND xã Bình Thanh Đông");
    expect(page.html).toContain("Nguyễn Văn Thử");
    expect(page.html).toContain("Lê Thị Mẫu");
    expect(page.html).toContain("Đã yêu cầu giải trình");
    expect(page.html).toContain(`${app}/violations/${waiting.id}/print`);
    expect(page.html).toContain("15/09/2026");
    const print = await browser.get(`${app}/violations/${waiting.id}/print`);
    expect(print.status).toBe(200);
    expect(print.html).toContain("Nguyễn Văn Thử");
  });

  it("the same filters reach the API: awaiting=explanation|decision", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    const asked = await recordThroughApi(inspector, [people.a.id]);
    const answered = await recordThroughApi(inspector, [people.b.id]);
    await recordThroughApi(inspector, [people.c.id]);
    for (const [record, official] of [
      [asked, people.a.id],
      [answered, people.b.id],
    ] as const) {
      await ok(
        await inspector.post(`/violations/${record.id}/officials/${official}/explanation-request`),
        ViolationRecord,
      );
    }
    await ok(
      await inspector.post(`/violations/${answered.id}/officials/${people.b.id}/explanation`, {
        text: "Tôi xin giải trình: hôm đó là ngày giỗ, tôi đã rút kinh nghiệm.",
      }),
      ViolationRecord,
    );
    const ids = async (query: string) => {
      const res = await inspector.get(`/violations?${query}`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { id: string }[] }).items.map((r) => r.id);
    };
    expect(await ids("awaiting=explanation")).toEqual([asked.id]);
    expect(await ids("awaiting=decision")).toEqual([answered.id]);
    expect((await inspector.get("/violations?awaiting=nothing")).status).toBe(400);
  });

  it("a unit head sees only issued records naming their subtree's officials; others are 404", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    const mine = await recordThroughApi(inspector, [people.a.id]);
    const draft = await recordThroughApi(inspector, [people.b.id], { draft: true });
    const theirs = await recordThroughApi(inspector, [people.c.id]);
    const app = `/t/${d.tenant.slug}/app`;
    const head = await consoleAs(d, "unit_head");
    const list = await head.get(`${app}/violations`);
    expect(list.html).toContain(`${app}/violations/${mine.id}`);
    expect(list.html).not.toContain(`${app}/violations/${draft.id}`);
    expect(list.html).not.toContain(`${app}/violations/${theirs.id}`);
    expect((await head.get(`${app}/violations/${mine.id}`)).status).toBe(200);
    expect((await head.get(`${app}/violations/${draft.id}`)).status).toBe(404);
    expect((await head.get(`${app}/violations/${theirs.id}`)).status).toBe(404);
    const other = await createStaffTenant();
    const foreignPeople = await arrangeViolations(other);
    const foreign = await recordThroughApi(signIn(other, "inspector"), [foreignPeople.a.id]);
    expect((await (await consoleAs(d, "inspector")).get(`${app}/violations/${foreign.id}`)).status).toBe(404);
    expect((await (await consoleAs(d, "party_office")).get(`${app}/violations`)).status).toBe(403);
  });
});

describe("console: inspections", () => {
  it("lists inspections in progress and shows one; a unit head cannot open another commune's", async () => {
    const d = await createStaffTenant();
    const { team, template } = await createTeamAndTemplate(d);
    const inspector = signIn(d, "inspector");
    const inspection = (targetUnitIds: string[], kind = "planned") =>
      inspector.post("/inspections", {
        teamId: team.id,
        kind,
        targetUnitIds,
        scheduledAt: "2026-12-10T08:00:00+07:00",
        checklistTemplateId: template.id,
      });
    const running = await created(await inspection([d.communeUnitId]), InspectionDetail);
    await ok(await inspector.post(`/inspections/${running.id}/start`), InspectionDetail);
    const planned = await created(await inspection([d.otherCommuneUnitId]), InspectionDetail);
    const app = `/t/${d.tenant.slug}/app`;
    const browser = await consoleAs(d, "inspector");

    const list = await browser.get(`${app}/inspections?status=in_progress`);
    expect(list.status).toBe(200);
    expect(list.html).toContain("<h1>Các cuộc kiểm tra đang tiến hành</h1>");
    expect(list.html).toContain(`${app}/inspections/${running.id}`);
    expect(list.html).not.toContain(`${app}/inspections/${planned.id}`);

    const page = await browser.get(`${app}/inspections/${running.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Tổ Kiểm tra 20");
    expect(page.html).toContain("Xã Bình Thanh Đông");
    expect(page.html).toContain("Có mặt trong giờ làm việc");
    expect(page.html).toContain("Đang tiến hành");

    const head = await consoleAs(d, "unit_head");
    expect((await head.get(`${app}/inspections/${running.id}`)).status).toBe(200);
    expect((await head.get(`${app}/inspections/${planned.id}`)).status).toBe(404);
    expect((await head.get(`${app}/inspections/${newId()}`)).status).toBe(404);
  });
});

describe("console: tracking book", () => {
  it("shows the year's entries, each linking to its task", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d, { title: "Nhiệm vụ bị nhắc hai lần" });
    const party = signIn(d, "party_office");
    for (const n of [1, 2]) {
      await created(await party.post(`/tasks/${task.id}/reminders`, aReminder(n)), RecordedReminder);
    }
    const app = `/t/${d.tenant.slug}/app`;
    const browser = await consoleAs(d, "party_office");
    const book = await browser.get(`${app}/tracking-book?year=2026`);
    expect(book.status).toBe(200);
    expect(book.html).toContain("<h1>Sổ theo dõi năm 2026</h1>");
    expect(book.html).toContain(`${app}/tasks/${task.id}`);
    expect(book.html).toContain("Lần 2: số 102-CV/HU, ngày 20/10/2026");
    const earlier = await browser.get(`${app}/tracking-book?year=2025`);
    expect(earlier.html).not.toContain(`${app}/tasks/${task.id}`);
    const head = await consoleAs(d, "unit_head");
    expect((await head.get(`${app}/tracking-book?year=2026`)).html).toContain(task.title);
  });
});

describe("console: the outbox", () => {
  it("a tenant admin lists a digest, reads it, resends it; a password link's body is never shown", async () => {
    const d = await createAlertTenant();
    await insertOpenTask(d, d.communeUnitId, endOfVnDay("2027-03-08"), "Báo cáo rà soát hộ nghèo quý I");
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2027-03-10 07:30") }]);
    const [digest] = await outboxOf(d, d.heads.commune);
    if (!digest) throw new Error("no digest was written");
    const app = `/t/${d.tenant.slug}/app`;
    const admin = await consoleAs(d, "tenant_admin");

    const list = await admin.get(`${app}/notifications`);
    expect(list.status).toBe(200);
    expect(list.html).toContain(`${app}/notifications/${digest.id}`);
    expect(list.html).toContain(d.heads.commune);
    expect(list.html).toContain("10/03/2027");
    const filtered = await admin.get(`${app}/notifications?status=dead`);
    expect(filtered.html).not.toContain(`${app}/notifications/${digest.id}`);
    const byRecipient = await admin.get(`${app}/notifications?recipient=${encodeURIComponent(d.heads.commune)}`);
    expect(byRecipient.html).toContain(`${app}/notifications/${digest.id}`);
    const bad = await admin.get(`${app}/notifications?recipient=not-an-address`);
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('aria-invalid="true"');

    const page = await admin.get(`${app}/notifications/${digest.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Báo cáo rà soát hộ nghèo quý I");
    const resent = await admin.post(`${app}/notifications/${digest.id}/resend`);
    expect(resent.status).toBe(303);
    expect(resent.location).toBe(`${app}/notifications/${digest.id}?resent=sent`);
    expect(await receivedBy(d.heads.commune)).toHaveLength(2);
    expect((await admin.get(resent.location ?? "")).html).toContain("Đã gửi lại");
    const refused = await admin.post(`${app}/notifications/${digest.id}/resend`, { _csrf: null });
    expect(refused.status).toBe(403);
    expect(await receivedBy(d.heads.commune)).toHaveLength(2);

    expect((await signIn(d, "tenant_admin").post(`/users/${d.users.inspector.id}/password-link`)).status).toBe(202);
    const [link] = await outboxOf(d, d.users.inspector.email);
    if (!link) throw new Error("no password link was written");
    const linkPage = await admin.get(`${app}/notifications/${link.id}`);
    expect(linkPage.status).toBe(200);
    expect(linkPage.html).toContain("không được hiển thị");
    expect(linkPage.html).not.toContain("token=");
    expect(linkPage.html).not.toContain("reset-password");

    const viewer = await consoleAs(d, "viewer");
    expect((await viewer.get(`${app}/notifications`)).status).toBe(403);
    expect((await viewer.get(`${app}/notifications/${digest.id}`)).status).toBe(403);
    const other = await createAlertTenant();
    expect(
      (await (await consoleAs(other, "tenant_admin")).get(`/t/${other.tenant.slug}/app/notifications/${digest.id}`))
        .status,
    ).toBe(404);
  });
});
