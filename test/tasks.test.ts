import { units } from "@kycuong/db";
import { RecordedReminder, Reminder, Task } from "@kycuong/domain/tasks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Problem } from "../workers/api/src/http/problem";
import { created, listOf, ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { insertOfficial } from "./fixtures/reports";
import { createStaffTenant } from "./fixtures/staff";
import { aReminder, aTask, auditOf, createTask, reminderRowsOf, taskRowsOf } from "./fixtures/tasks";

describe("tasks", () => {
  it("the party office records, reads, corrects and lists a task, each change audited", async () => {
    const d = await createStaffTenant();
    const office = signIn(d, "party_office");
    const official = await insertOfficial(d, d.communeUnitId, "Bùi Văn Hùng");
    const task = await created(await office.post("/tasks", aTask(d, { officialId: official.id })), Task);
    expect(task).toMatchObject({
      status: "open",
      unit: { id: d.communeUnitId, name: "Xã Bình Thanh Đông" },
      official: { id: official.id, fullName: "Bùi Văn Hùng" },
      dueOn: "2027-01-15",
      // The end of 15 Jan in Hà Nội (UTC+7).
      dueAt: "2027-01-15T16:59:59.999Z",
      overdue: false,
      remindersCount: 0,
      hasTrackingBookEntry: false,
    });
    const moved = await ok(
      await office.patch(`/tasks/${task.id}`, { unitId: d.otherCommuneUnitId, dueOn: "2027-02-01", officialId: null }),
      Task,
    );
    expect(moved).toMatchObject({
      unit: { id: d.otherCommuneUnitId },
      dueAt: "2027-02-01T16:59:59.999Z",
      official: null,
    });
    expect(await ok(await signIn(d, "viewer").get(`/tasks/${task.id}`), Task)).toEqual(moved);
    expect((await ok(await signIn(d, "viewer").get("/tasks"), pageOf(Task))).items.map((t) => t.id)).toEqual([task.id]);

    const [create] = await auditOf(d, "task.created");
    expect(create).toMatchObject({ entityType: "task", entityId: task.id, actorId: d.users.party_office.id });
    const [update] = await auditOf(d, "task.updated");
    expect(update?.changes).toMatchObject({
      unitId: [d.communeUnitId, d.otherCommuneUnitId],
      dueOn: ["2027-01-15", "2027-02-01"],
    });
  });

  it("filters by overdue, status, unit and due range, and pages with a cursor", async () => {
    const d = await createStaffTenant();
    const office = signIn(d, "party_office");
    const late = await createTask(d, { title: "Nhiệm vụ quá hạn", dueOn: "2026-01-10" });
    const lateButCancelled = await createTask(d, { title: "Nhiệm vụ đã hủy", dueOn: "2026-01-11" });
    await ok(await office.post(`/tasks/${lateButCancelled.id}/cancel`), Task);
    const upcoming = await createTask(d, {
      title: "Nhiệm vụ còn hạn",
      dueOn: "2099-12-31",
      unitId: d.otherCommuneUnitId,
    });
    const ids = async (query: string) =>
      (await ok(await office.get(`/tasks?${query}`), pageOf(Task))).items.map((t) => t.id);

    expect(await ids("overdue=true")).toEqual([late.id]);
    expect((await ok(await office.get(`/tasks/${late.id}`), Task)).overdue).toBe(true);
    expect(await ids("overdue=false")).toEqual([upcoming.id, lateButCancelled.id]);
    expect(await ids("status=cancelled")).toEqual([lateButCancelled.id]);
    expect(await ids(`unitId=${d.otherCommuneUnitId}`)).toEqual([upcoming.id]);
    expect(await ids("dueFrom=2026-01-10&dueTo=2026-01-10")).toEqual([late.id]);
    expect(await ids("dueFrom=2026-01-11")).toEqual([upcoming.id, lateButCancelled.id]);

    const first = await ok(await office.get("/tasks?limit=2"), pageOf(Task));
    expect(first.items).toHaveLength(2);
    const second = await ok(await office.get(`/tasks?limit=2&cursor=${first.nextCursor}`), pageOf(Task));
    expect(second).toMatchObject({ items: [{ id: late.id }], nextCursor: null });
    await expectProblem(await office.get("/tasks?limit=101"), 400, "validation_failed");
    await expectProblem(await office.get("/tasks?overdue=yes"), 400, "validation_failed");
  });

  it("refuses bad input with a clear 400 and writes nothing", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const office = signIn(d, "party_office");
    const unknown = await office.post("/tasks", aTask(d, { unitId: other.communeUnitId }));
    expect((await expectProblem(unknown, 400, "invalid_reference")).errors?.[0]?.path).toBe("body.unitId");
    await testDb().update(units).set({ active: false }).where(eq(units.id, d.otherCommuneUnitId));
    await expectProblem(
      await office.post("/tasks", aTask(d, { unitId: d.otherCommuneUnitId })),
      400,
      "invalid_reference",
    );
    const theirOfficial = await insertOfficial(other, other.communeUnitId);
    await expectProblem(
      await office.post("/tasks", aTask(d, { officialId: theirOfficial.id })),
      400,
      "invalid_reference",
    );
    await expectProblem(await office.post("/tasks", aTask(d, { dueOn: "2026-02-30" })), 400, "validation_failed");
    await expectProblem(await office.post("/tasks", aTask(d, { issuedBy: "someone" })), 400, "validation_failed");
    await expectProblem(await office.post("/tasks", { ...aTask(d), status: "done" }), 400, "validation_failed");
    expect(await taskRowsOf(d)).toEqual([]);
    expect(await auditOf(d, "task.created")).toEqual([]);
  });

  it("a done or cancelled task is closed: no change, no completion, no reminder (409 task_not_open)", async () => {
    const d = await createStaffTenant();
    const office = signIn(d, "party_office");
    const task = await createTask(d);
    const cancelled = await ok(await office.post(`/tasks/${task.id}/cancel`), Task);
    expect(cancelled.status).toBe("cancelled");
    await expectProblem(await office.post(`/tasks/${task.id}/reminders`, aReminder(1)), 409, "task_not_open");
    await expectProblem(await office.patch(`/tasks/${task.id}`, { title: "Tiêu đề mới" }), 409, "task_not_open");
    await expectProblem(await office.post(`/tasks/${task.id}/cancel`), 409, "task_not_open");
    await expectProblem(
      await office.post(`/tasks/${task.id}/complete`, { completedOn: "2026-10-01", note: "Đã xong." }),
      409,
      "task_not_open",
    );
    expect(await reminderRowsOf(task.id)).toEqual([]);
    expect(await auditOf(d, "task.reminder_recorded")).toEqual([]);
    expect((await auditOf(d, "task.cancelled")).map((a) => a.entityId)).toEqual([task.id]);
  });

  it("of a completion and a cancellation at once, exactly one lands", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    const answers = await Promise.all([
      signIn(d, "unit_head").post(`/tasks/${task.id}/complete`, { completedOn: "2026-10-01", note: "Đã xong." }),
      signIn(d, "party_office").post(`/tasks/${task.id}/cancel`),
    ]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    const loser = answers.find((res) => res.status === 409) as Response;
    expect((await loser.json<Problem>()).code).toMatch(/^task_(not_open|changed)$/);
    const audits = [...(await auditOf(d, "task.completed")), ...(await auditOf(d, "task.cancelled"))];
    expect(audits).toHaveLength(1);
  });

  it("marks a task done with its date and note; a future completion date is refused", async () => {
    const d = await createStaffTenant();
    const office = signIn(d, "party_office");
    const task = await createTask(d);
    await expectProblem(
      await office.post(`/tasks/${task.id}/complete`, { completedOn: "2099-01-01", note: "Sẽ xong." }),
      400,
      "date_in_future",
    );
    await expectProblem(
      await office.post(`/tasks/${task.id}/complete`, { completedOn: "2026-10-01" }),
      400,
      "validation_failed",
    );
    expect((await ok(await office.get(`/tasks/${task.id}`), Task)).status).toBe("open");
    const done = await ok(
      await office.post(`/tasks/${task.id}/complete`, {
        completedOn: "2026-10-01",
        note: "Đã gửi báo cáo số 45-BC/ĐU.",
      }),
      Task,
    );
    expect(done).toMatchObject({
      status: "done",
      completedOn: "2026-10-01",
      completionNote: "Đã gửi báo cáo số 45-BC/ĐU.",
    });
    const [audit] = await auditOf(d, "task.completed");
    expect(audit?.changes).toMatchObject({ status: ["open", "done"] });
  });

  it("a unit head sees and completes only their subtree's tasks, and cannot manage them", async () => {
    const d = await createStaffTenant();
    const head = signIn(d, "unit_head");
    const mine = await createTask(d);
    const theirs = await createTask(d, { unitId: d.otherCommuneUnitId });
    expect((await ok(await head.get("/tasks"), pageOf(Task))).items.map((t) => t.id)).toEqual([mine.id]);
    await expectProblem(await head.get(`/tasks/${theirs.id}`), 404, "task_not_found");
    await expectProblem(await head.get(`/tasks/${theirs.id}/reminders`), 404, "task_not_found");
    await expectProblem(
      await head.post(`/tasks/${theirs.id}/complete`, { completedOn: "2026-10-01", note: "Không phải của tôi." }),
      404,
      "task_not_found",
    );
    await expectProblem(await head.post("/tasks", aTask(d)), 403, "forbidden");
    await expectProblem(await head.patch(`/tasks/${mine.id}`, { title: "Đổi tên" }), 403, "forbidden");
    await expectProblem(await head.post(`/tasks/${mine.id}/reminders`, aReminder(1)), 403, "forbidden");
    const done = await ok(
      await head.post(`/tasks/${mine.id}/complete`, { completedOn: "2026-10-02", note: "Xã đã báo cáo đầy đủ." }),
      Task,
    );
    expect(done.status).toBe("done");
    expect((await ok(await signIn(d, "party_office").get(`/tasks/${theirs.id}`), Task)).status).toBe("open");
  });

  it("a viewer reads only; another tenant sees nothing", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    await created(await signIn(d, "party_office").post(`/tasks/${task.id}/reminders`, aReminder(1)), RecordedReminder);
    const viewer = signIn(d, "viewer");
    expect((await ok(await viewer.get(`/tasks/${task.id}/reminders`), listOf(Reminder))).items).toHaveLength(1);
    await expectProblem(await viewer.post("/tasks", aTask(d)), 403, "forbidden");
    await expectProblem(await viewer.post(`/tasks/${task.id}/cancel`), 403, "forbidden");
    await expectProblem(
      await viewer.post(`/tasks/${task.id}/complete`, { completedOn: "2026-10-01", note: "Xong." }),
      403,
      "forbidden",
    );
    await expectProblem(await viewer.post(`/tasks/${task.id}/reminders`, aReminder(2)), 403, "forbidden");

    const other = await createStaffTenant();
    const stranger = signIn({ ...other, tenant: d.tenant }, "party_office");
    await expectProblem(await stranger.get(`/tasks/${task.id}`), 404, "tenant_not_found");
    const ownOffice = signIn(other, "party_office");
    await expectProblem(await ownOffice.get(`/tasks/${task.id}`), 404, "task_not_found");
    await expectProblem(await ownOffice.post(`/tasks/${task.id}/reminders`, aReminder(2)), 404, "task_not_found");
    expect(await reminderRowsOf(task.id)).toHaveLength(1);
  });
});
