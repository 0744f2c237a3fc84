import { tasks } from "@kycuong/db";
import { localDate } from "@kycuong/domain/calendar";
import { newId } from "@kycuong/domain/context";
import { RecordedReminder } from "@kycuong/domain/tasks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { created, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { createStaffTenant, type StaffTenant, type TenantRole } from "./fixtures/staff";
import { aReminder, createTask } from "./fixtures/tasks";

/** A browser signed in to the tenant's console as the account with `role`. */
async function consoleAs(d: StaffTenant, role: TenantRole): Promise<ConsoleBrowser> {
  const browser = new ConsoleBrowser(d.tenant.slug);
  expect((await browser.signIn(d.users[role].email)).status).toBe(303);
  return browser;
}

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
