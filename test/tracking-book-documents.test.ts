import { trackingBookEntries } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { RecordedReminder, Reminder, Task } from "@kycuong/domain/tasks";
import { TrackingBookEntry } from "@kycuong/domain/tracking-book";
import { describe, expect, it } from "vitest";
import { created, listOf, ok, pageOf, signIn } from "./fixtures/client";
import { consoleAs } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { aReminder, aTask, auditOf, createTask, entryRowsOf, reminderRowsOf } from "./fixtures/tasks";

function remindAt(d: StaffTenant, taskId: string, n: number, docDate: string) {
  return signIn(d, "party_office").post(`/tasks/${taskId}/reminders`, aReminder(n, { docDate }));
}

async function remind(d: StaffTenant, taskId: string, n: number, docDate = "2026-10-20") {
  return created(await remindAt(d, taskId, n, docDate), RecordedReminder);
}

/** A task with two reminders (the default threshold), so in the book, with its entry and reminders. */
async function enteredTask(d: StaffTenant) {
  const task = await createTask(d);
  const first = await remind(d, task.id, 1);
  const second = await remind(d, task.id, 2);
  return { task, first, second, entryId: second.trackingBookEntryId as string };
}

function annul(d: StaffTenant, entryId: string, body: Record<string, unknown> = {}) {
  return signIn(d, "party_office").post(`/tracking-book/${entryId}/annul`, {
    reason: "Văn bản nhắc nhở lần 2 gửi nhầm đơn vị, đã thu hồi.",
    ...body,
  });
}

describe("reminders on a task follow the documents (issue 15)", () => {
  it("a reminder dated before the previous one is refused (409 reminder_out_of_order), and no earlier year's book gets the task", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d, { sourceDocDate: "2025-06-02" });
    await remind(d, task.id, 1, "2026-10-20");
    // Before: 201, sequence 2, and an entry in the 2025 book.
    const refused = await expectProblem(await remindAt(d, task.id, 2, "2025-10-20"), 409, "reminder_out_of_order");
    expect(refused.errors).toEqual([{ path: "body.docDate", message: expect.stringContaining("20/10/2026") }]);
    expect((await reminderRowsOf(task.id)).map((r) => r.docDate)).toEqual(["2026-10-20"]);
    expect(await entryRowsOf(task.id)).toEqual([]);
    expect(await auditOf(d, "task.reminder_recorded")).toHaveLength(1);
    // The same day as the previous one is in order.
    expect(await remind(d, task.id, 2, "2026-10-20")).toMatchObject({ sequence: 2, trackingBookEntryCreated: true });
    expect(await entryRowsOf(task.id)).toMatchObject([{ year: 2026 }]);
  });

  it("a reminder dated before the task's source document or after today is refused (400 reminder_date_invalid)", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d, { sourceDocDate: "2026-09-12" });
    for (const docDate of ["2026-09-11", "2099-01-01"]) {
      const problem = await expectProblem(await remindAt(d, task.id, 1, docDate), 400, "reminder_date_invalid");
      expect(problem.errors).toMatchObject([{ path: "body.docDate" }]);
    }
    expect(await reminderRowsOf(task.id)).toEqual([]);
    expect(await remind(d, task.id, 1, "2026-09-12")).toMatchObject({ sequence: 1 });
  });

  it("the task's source document cannot be re-dated after a reminder that answers it, nor into the future", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d, { sourceDocDate: "2026-09-12" });
    await remind(d, task.id, 1, "2026-10-20");
    const party = signIn(d, "party_office");
    // Before: 200, and the book then held a reminder dated before the document it answers.
    const refused = await expectProblem(
      await party.patch(`/tasks/${task.id}`, { sourceDocDate: "2026-10-21" }),
      409,
      "source_document_after_reminder",
    );
    expect(refused.errors).toEqual([{ path: "body.sourceDocDate", message: expect.stringContaining("20/10/2026") }]);
    const future = await expectProblem(
      await party.patch(`/tasks/${task.id}`, { sourceDocDate: "2099-01-01" }),
      400,
      "date_in_future",
    );
    expect(future.errors).toMatchObject([{ path: "body.sourceDocDate" }]);
    expect((await ok(await party.get(`/tasks/${task.id}`), Task)).sourceDocDate).toBe("2026-09-12");
    // The same day as the reminder, or earlier, is a correction it still answers.
    expect(
      (await ok(await party.patch(`/tasks/${task.id}`, { sourceDocDate: "2026-10-20" }), Task)).sourceDocDate,
    ).toBe("2026-10-20");
    // A new task's document is not dated in the future either.
    await expectProblem(await party.post("/tasks", aTask(d, { sourceDocDate: "2099-01-01" })), 400, "date_in_future");
  });

  it("reminders recorded at the same moment keep document order: a later number is never dated earlier", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    await remind(d, task.id, 1, "2026-10-01");
    const answers = await Promise.all([remindAt(d, task.id, 2, "2026-11-10"), remindAt(d, task.id, 3, "2026-10-15")]);
    for (const res of answers) {
      if (res.status !== 201) await expectProblem(res, 409, "reminder_out_of_order");
    }
    const dates = (await reminderRowsOf(task.id)).map((r) => r.docDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain("2026-11-10");
  });
});

describe("annulling a tracking-book entry voids reminders (issue 15)", () => {
  it("voids the reminder that crossed the threshold; a later reminder that reaches it again makes a new entry", async () => {
    const d = await createStaffTenant();
    const { task, first, second, entryId } = await enteredTask(d);
    const annulled = await ok(await annul(d, entryId), TrackingBookEntry);
    expect(annulled).toMatchObject({ annulled: true, annulment: { voidedReminderIds: [second.id] } });
    expect(annulled.reminders).toMatchObject([
      { id: first.id, voidedByEntryId: null },
      { id: second.id, voidedByEntryId: entryId },
    ]);
    const viewer = signIn(d, "viewer");
    expect(await ok(await viewer.get(`/tasks/${task.id}`), Task)).toMatchObject({
      hasTrackingBookEntry: false,
      trackingBookEntryId: null,
    });
    expect((await auditOf(d, "task.reminder_voided")).map((a) => a.entityId)).toEqual([second.id]);

    const third = await remind(d, task.id, 3, "2026-11-02");
    expect(third).toMatchObject({ trackingBookEntryCreated: true });
    const again = third.trackingBookEntryId as string;
    expect(again).not.toBe(entryId);
    expect(await ok(await viewer.get(`/tasks/${task.id}`), Task)).toMatchObject({ trackingBookEntryId: again });
    const reminders = await ok(await viewer.get(`/tasks/${task.id}/reminders`), listOf(Reminder));
    expect(reminders.items.map((r) => [r.sequence, r.voidedByEntryId])).toEqual([
      [1, null],
      [2, entryId],
      [3, null],
    ]);
    const book = await ok(await viewer.get("/tracking-book?year=2026"), pageOf(TrackingBookEntry));
    expect(book.items).toMatchObject([{ id: again, triggeredByReminderId: third.id, annulled: false }]);
    expect(book.items[0]?.reminders.map((r) => r.voidedByEntryId)).toEqual([null, entryId, null]);
    // The book keeps both: the annulled entry and the one in force.
    const entries = (await entryRowsOf(task.id)).sort((a, b) => a.id.localeCompare(b.id));
    expect(entries.map((e) => [e.id, e.annulledAt === null])).toEqual([
      [entryId, false],
      [again, true],
    ]);
    // A fourth reminder makes no third entry.
    expect(await remind(d, task.id, 4, "2026-11-20")).toMatchObject({ trackingBookEntryCreated: false });
  });

  it("the annulment may name the reminders it voids; a name that is not the task's live reminder is refused and nothing is written", async () => {
    const d = await createStaffTenant();
    const { task, first, second, entryId } = await enteredTask(d);
    const other = await enteredTask(d);
    for (const ids of [[newId()], [other.first.id], [first.id, first.id]]) {
      const problem = await expectProblem(await annul(d, entryId, { voidReminderIds: ids }), 400, "invalid_reference");
      expect(problem.errors?.[0]?.path).toMatch(/^body\.voidReminderIds\.\d$/);
    }
    await expectProblem(await annul(d, entryId, { voidReminderIds: [] }), 400, "validation_failed");
    expect(await entryRowsOf(task.id)).toMatchObject([{ annulledAt: null }]);
    expect((await reminderRowsOf(task.id)).map((r) => r.voidedByEntryId)).toEqual([null, null]);

    const annulled = await ok(await annul(d, entryId, { voidReminderIds: [first.id, second.id] }), TrackingBookEntry);
    expect(annulled.annulment?.voidedReminderIds).toEqual([first.id, second.id]);
    expect(await remind(d, task.id, 3, "2026-11-02")).toMatchObject({ trackingBookEntryCreated: false });
    const fourth = await remind(d, task.id, 4, "2026-11-16");
    expect(fourth.trackingBookEntryCreated).toBe(true);
    // A reminder voided by one annulment cannot be voided again by the next.
    const problem = await expectProblem(
      await annul(d, fourth.trackingBookEntryId as string, { voidReminderIds: [second.id] }),
      400,
      "invalid_reference",
    );
    expect(problem.errors).toMatchObject([{ path: "body.voidReminderIds.0" }]);
  });

  it("a voided reminder no longer sets the order: the next one may be dated before it", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    await remind(d, task.id, 1, "2026-10-01");
    const wrong = await remind(d, task.id, 2, "2026-11-25");
    await ok(await annul(d, wrong.trackingBookEntryId as string), TrackingBookEntry);
    expect(await remind(d, task.id, 3, "2026-10-20")).toMatchObject({ sequence: 3, trackingBookEntryCreated: true });
  });

  it("two reminders at once that reach the threshold again make one entry; the database holds one entry in force per task", async () => {
    const d = await createStaffTenant();
    const { task, entryId } = await enteredTask(d);
    await ok(await annul(d, entryId), TrackingBookEntry);
    const office = signIn(d, "party_office");
    const answers = await Promise.all([
      office.post(`/tasks/${task.id}/reminders`, aReminder(3)),
      office.post(`/tasks/${task.id}/reminders`, aReminder(4)),
    ]);
    const bodies = await Promise.all(answers.map((res) => created(res, RecordedReminder)));
    expect(bodies.filter((b) => b.trackingBookEntryCreated)).toHaveLength(1);
    const entries = await entryRowsOf(task.id);
    expect(entries.filter((e) => e.annulledAt === null)).toHaveLength(1);
    expect(await auditOf(d, "tracking_book.entry_created")).toHaveLength(2);

    const [inForce] = entries.filter((e) => e.annulledAt === null);
    if (!inForce) throw new Error("no entry in force");
    await expect(
      testDb()
        .insert(trackingBookEntries)
        .values({ ...inForce, id: newId() }),
    ).rejects.toThrow();
  });

  it("the console and the CSV show voided reminders as voided, on the task and in the book", async () => {
    const d = await createStaffTenant();
    const { task, entryId } = await enteredTask(d);
    await ok(await annul(d, entryId), TrackingBookEntry);
    await remind(d, task.id, 3, "2026-11-02");
    const app = `/t/${d.tenant.slug}/app`;
    const browser = await consoleAs(d, "party_office");
    const page = await browser.get(`${app}/tasks/${task.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Không tính: đã hủy cùng mục sổ theo dõi");
    expect(page.html).toContain(`${app}/tracking-book?year=2026`);
    const book = await browser.get(`${app}/tracking-book?year=2026`);
    expect(book.status).toBe(200);
    expect(book.html).toContain("Lần 2: số 102-CV/HU, ngày 20/10/2026 (không tính: đã hủy cùng mục sổ theo dõi)");
    expect(book.html).toContain("Lần 3: số 103-CV/HU, ngày 02/11/2026</li>");
    const english = await browser.get(`${app}/tracking-book?year=2026&lang=en`);
    expect(english.html).toContain("(voided with an annulled entry)");
    const csv = await (await signIn(d, "viewer").get("/tracking-book.csv?year=2026")).text();
    expect(csv).toContain("Lần 1: 101-CV/HU ngày 20/10/2026; Lần 2: 102-CV/HU ngày 20/10/2026 (không tính); Lần 3:");
  });
});
