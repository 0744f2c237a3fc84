import { RecordedReminder, Task } from "@kycuong/domain/tasks";
import { TrackingBookEntry } from "@kycuong/domain/tracking-book";
import { describe, expect, it } from "vitest";
import { createApp } from "../workers/api/src/app";
import { created, ok, pageOf, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { insertOfficial, setTenantSettings } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { aReminder, auditOf, createTask, entryRowsOf, reminderRowsOf } from "./fixtures/tasks";

async function remind(d: StaffTenant, taskId: string, n: number, overrides: Record<string, unknown> = {}) {
  return created(
    await signIn(d, "party_office").post(`/tasks/${taskId}/reminders`, aReminder(n, overrides)),
    RecordedReminder,
  );
}

/** A task in the tracking book (two reminders, the default threshold), and the entry's id. */
async function enteredTask(d: StaffTenant, overrides: Record<string, unknown> = {}) {
  const task = await createTask(d, overrides);
  await remind(d, task.id, 1);
  const second = await remind(d, task.id, 2);
  return { task, entryId: second.trackingBookEntryId as string };
}

describe("the tracking-book rule (R3)", () => {
  it("the second written reminder puts the task in the book, once, in the year of that reminder", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d, { sourceDocDate: "2025-12-01" });
    const first = await remind(d, task.id, 1, { docDate: "2025-12-20" });
    expect(first).toMatchObject({ sequence: 1, trackingBookEntryCreated: false, trackingBookEntryId: null });
    expect(await entryRowsOf(task.id)).toEqual([]);

    const second = await remind(d, task.id, 2, { docDate: "2026-01-05" });
    expect(second).toMatchObject({ sequence: 2, trackingBookEntryCreated: true });
    const third = await remind(d, task.id, 3);
    expect(third).toMatchObject({ sequence: 3, trackingBookEntryCreated: false, trackingBookEntryId: null });

    const entries = await entryRowsOf(task.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: second.trackingBookEntryId,
      year: 2026,
      unitId: d.communeUnitId,
      partyOrganisation: "Đảng bộ xã Bình Thanh Đông",
      triggeredByReminderId: second.id,
      annulledAt: null,
    });
    const view = await ok(await signIn(d, "viewer").get(`/tasks/${task.id}`), Task);
    expect(view).toMatchObject({
      remindersCount: 3,
      hasTrackingBookEntry: true,
      trackingBookEntryId: second.trackingBookEntryId,
    });
    expect((await auditOf(d, "task.reminder_recorded")).map((a) => a.entityId).sort()).toEqual(
      [first.id, second.id, third.id].sort(),
    );
    const entryAudit = await auditOf(d, "tracking_book.entry_created");
    expect(entryAudit).toMatchObject([
      { entityId: second.trackingBookEntryId, actorId: d.users.party_office.id, changes: { year: [null, 2026] } },
    ]);
  });

  it("follows the tenant's threshold (3)", async () => {
    const d = await createStaffTenant();
    await setTenantSettings(d, { trackingBookReminderThreshold: 3 });
    const task = await createTask(d);
    expect((await remind(d, task.id, 1)).trackingBookEntryCreated).toBe(false);
    expect((await remind(d, task.id, 2)).trackingBookEntryCreated).toBe(false);
    expect(await entryRowsOf(task.id)).toEqual([]);
    expect((await remind(d, task.id, 3)).trackingBookEntryCreated).toBe(true);
    expect(await entryRowsOf(task.id)).toHaveLength(1);
  });

  it("two reminders recorded at the same moment on a task that had one: sequences 2 and 3, one entry", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    await remind(d, task.id, 1);
    const office = signIn(d, "party_office");
    const answers = await Promise.all([
      office.post(`/tasks/${task.id}/reminders`, aReminder(2)),
      office.post(`/tasks/${task.id}/reminders`, aReminder(3)),
    ]);
    expect(answers.map((res) => res.status)).toEqual([201, 201]);
    const bodies = await Promise.all(answers.map((res) => created(res, RecordedReminder)));
    expect(bodies.map((b) => b.sequence).sort()).toEqual([2, 3]);
    expect(bodies.filter((b) => b.trackingBookEntryCreated)).toHaveLength(1);
    expect((await reminderRowsOf(task.id)).map((r) => r.sequence)).toEqual([1, 2, 3]);
    expect(await entryRowsOf(task.id)).toHaveLength(1);
    expect(await auditOf(d, "tracking_book.entry_created")).toHaveLength(1);
  });

  it("a burst of five concurrent reminders on a fresh task makes exactly one entry", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    const office = signIn(d, "party_office");
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => office.post(`/tasks/${task.id}/reminders`, aReminder(n))),
    );
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201, 201, 201]);
    const bodies = await Promise.all(answers.map((res) => created(res, RecordedReminder)));
    expect(bodies.map((b) => b.sequence).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(bodies.filter((b) => b.trackingBookEntryCreated)).toHaveLength(1);
    const [entry] = await entryRowsOf(task.id);
    const trigger = (await reminderRowsOf(task.id)).find((r) => r.id === entry?.triggeredByReminderId);
    // Whichever reminder reached the threshold is the one that made the entry.
    expect(trigger?.sequence).toBe(2);
    expect(await entryRowsOf(task.id)).toHaveLength(1);
    expect(await auditOf(d, "tracking_book.entry_created")).toHaveLength(1);
  });
});

describe("a burst of reminders (issue 13, defect 6: one of 20 at once answered 500)", () => {
  it("twenty reminders on one task at the same moment: each is recorded or refused with Retry-After, none is lost or doubled", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    const office = signIn(d, "party_office");
    const ns = Array.from({ length: 20 }, (_, i) => i + 1);
    const answers = await Promise.all(ns.map((n) => office.post(`/tasks/${task.id}/reminders`, aReminder(n))));
    const recorded: RecordedReminder[] = [];
    for (const res of answers) {
      if (res.status === 201) {
        recorded.push(await created(res, RecordedReminder));
        continue;
      }
      expect([409, 503], `status ${res.status}: ${await res.clone().text()}`).toContain(res.status);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    const rows = await reminderRowsOf(task.id);
    expect(rows).toHaveLength(recorded.length);
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    expect(recorded.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(rows.map((r) => r.sequence));
    expect(new Set(rows.map((r) => r.docNumber)).size).toBe(rows.length);
    const audited = await auditOf(d, "task.reminder_recorded");
    expect(audited.map((a) => a.changes?.sequence?.[1]).sort((a, b) => Number(a) - Number(b))).toEqual(
      rows.map((r) => r.sequence),
    );
    expect(await entryRowsOf(task.id)).toHaveLength(rows.length >= 2 ? 1 : 0);
    // Writing the next number takes one statement, so nobody has to be turned away.
    expect(recorded).toHaveLength(20);
  }, 60_000);
});

describe("a repeated reminder", () => {
  it("the same document recorded twice, even at once, counts once and makes no entry", async () => {
    const d = await createStaffTenant();
    const task = await createTask(d);
    const office = signIn(d, "party_office");
    const answers = await Promise.all([
      office.post(`/tasks/${task.id}/reminders`, aReminder(1)),
      office.post(`/tasks/${task.id}/reminders`, aReminder(1)),
    ]);
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409]);
    const refused = answers.find((res) => res.status === 409) as Response;
    await expectProblem(refused, 409, "reminder_already_recorded");
    await expectProblem(
      await office.post(`/tasks/${task.id}/reminders`, aReminder(1)),
      409,
      "reminder_already_recorded",
    );
    expect((await reminderRowsOf(task.id)).map((r) => r.sequence)).toEqual([1]);
    expect(await entryRowsOf(task.id)).toEqual([]);
    expect(await auditOf(d, "task.reminder_recorded")).toHaveLength(1);
  });
});

describe("the tracking book", () => {
  it("lists a year's entries with task, unit, organisation, official and reminders; filters; unit heads see their subtree", async () => {
    const d = await createStaffTenant();
    const official = await insertOfficial(d, d.communeUnitId, "Huỳnh Thị Lan");
    const mine = await enteredTask(d, { officialId: official.id });
    const theirs = await enteredTask(d, { unitId: d.otherCommuneUnitId, partyOrganisation: "Đảng bộ xã Bình Chánh" });
    await enteredTask(d, { title: "Nhiệm vụ năm trước" }).then(() => undefined);
    const office = signIn(d, "party_office");
    const book = await ok(await office.get("/tracking-book?year=2026"), pageOf(TrackingBookEntry));
    expect(book.items).toHaveLength(3);
    expect(book.items[0]).toMatchObject({
      id: mine.entryId,
      year: 2026,
      task: { id: mine.task.id, title: mine.task.title },
      unit: { id: d.communeUnitId, name: "Xã Bình Thanh Đông" },
      partyOrganisation: "Đảng bộ xã Bình Thanh Đông",
      official: { id: official.id, fullName: "Huỳnh Thị Lan" },
      reminders: [
        { sequence: 1, docNumber: "101-CV/HU", docDate: "2026-10-20" },
        { sequence: 2, docNumber: "102-CV/HU", docDate: "2026-10-20" },
      ],
      annulled: false,
      annulment: null,
    });
    const ids = async (query: string, role: "party_office" | "unit_head" = "party_office") =>
      (await ok(await signIn(d, role).get(`/tracking-book?${query}`), pageOf(TrackingBookEntry))).items.map(
        (e) => e.id,
      );
    expect(await ids(`year=2026&unitId=${d.otherCommuneUnitId}`)).toEqual([theirs.entryId]);
    expect(await ids(`year=2026&organisation=${encodeURIComponent("Đảng bộ xã Bình Chánh")}`)).toEqual([
      theirs.entryId,
    ]);
    expect(await ids(`year=2026&officialId=${official.id}`)).toEqual([mine.entryId]);
    expect(await ids("year=2025")).toEqual([]);
    expect(await ids("year=2026&limit=1")).toHaveLength(1);
    expect(await ids("year=2026", "unit_head")).not.toContain(theirs.entryId);
    expect(await ids("year=2026", "unit_head")).toContain(mine.entryId);
    await expectProblem(
      await signIn(d, "unit_head").get(`/tracking-book/${theirs.entryId}`),
      404,
      "tracking_book_entry_not_found",
    );
  });

  it("the party office annuls an entry with a reason; it stays visible as annulled, left out by default", async () => {
    const d = await createStaffTenant();
    const { entryId } = await enteredTask(d);
    const office = signIn(d, "party_office");
    await expectProblem(
      await office.post(`/tracking-book/${entryId}/annul`, { reason: "Ngắn" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await signIn(d, "unit_head").post(`/tracking-book/${entryId}/annul`, { reason: "Xã đã khắc phục xong." }),
      403,
      "forbidden",
    );
    await expectProblem(
      await signIn(d, "viewer").post(`/tracking-book/${entryId}/annul`, { reason: "Xã đã khắc phục xong." }),
      403,
      "forbidden",
    );
    const reason = "Văn bản nhắc nhở lần 2 gửi nhầm đơn vị, đã thu hồi.";
    const annulled = await ok(await office.post(`/tracking-book/${entryId}/annul`, { reason }), TrackingBookEntry);
    expect(annulled).toMatchObject({
      id: entryId,
      annulled: true,
      annulment: { reason, by: { id: d.users.party_office.id } },
    });
    await expectProblem(
      await office.post(`/tracking-book/${entryId}/annul`, { reason: "Hủy thêm lần nữa cho chắc." }),
      409,
      "tracking_book_entry_annulled",
    );

    expect((await ok(await office.get("/tracking-book?year=2026"), pageOf(TrackingBookEntry))).items).toEqual([]);
    const all = await ok(await office.get("/tracking-book?year=2026&includeAnnulled=true"), pageOf(TrackingBookEntry));
    expect(all.items).toMatchObject([{ id: entryId, annulled: true, annulment: { reason } }]);
    expect(await ok(await signIn(d, "viewer").get(`/tracking-book/${entryId}`), TrackingBookEntry)).toMatchObject({
      annulled: true,
    });
    const audit = await auditOf(d, "tracking_book.entry_annulled");
    expect(audit).toMatchObject([{ entityId: entryId, changes: { annulReason: [null, reason] } }]);
  });

  it("two annulments at once: one lands, the other is 409, one audit entry", async () => {
    const d = await createStaffTenant();
    const { entryId } = await enteredTask(d);
    const office = signIn(d, "party_office");
    const answers = await Promise.all([
      office.post(`/tracking-book/${entryId}/annul`, { reason: "Lý do thứ nhất, đủ mười ký tự." }),
      office.post(`/tracking-book/${entryId}/annul`, { reason: "Lý do thứ hai, đủ mười ký tự." }),
    ]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(await auditOf(d, "tracking_book.entry_annulled")).toHaveLength(1);
  });

  it("entries cannot be edited or deleted through any route", async () => {
    const d = await createStaffTenant();
    const { entryId } = await enteredTask(d);
    const office = signIn(d, "party_office");
    for (const method of ["PATCH", "PUT", "DELETE"]) {
      const res = await office.send(method, `/tracking-book/${entryId}`, { year: 2020 });
      await expectProblem(res, 405, "method_not_allowed");
    }
    expect(
      await entryRowsOf((await ok(await office.get(`/tracking-book/${entryId}`), TrackingBookEntry)).task.id),
    ).toMatchObject([{ id: entryId, year: 2026 }]);
    // The only write under the tracking book is the annulment.
    const writes = createApp()
      .routes.filter((r) => r.path.includes("tracking-book") && !["GET", "ALL"].includes(r.method))
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(writes)]).toEqual(["POST /v1/tenants/:slug/tracking-book/:id/annul"]);
  });

  it("exports a year as CSV: BOM, Vietnamese header, names intact, commas quoted", async () => {
    const d = await createStaffTenant();
    const official = await insertOfficial(d, d.communeUnitId, "Nguyễn Thị Ánh Tuyết");
    const { entryId } = await enteredTask(d, {
      title: "Chấn chỉnh lề lối làm việc, tác phong cán bộ",
      officialId: official.id,
    });
    const res = await signIn(d, "viewer").get("/tracking-book.csv?year=2026");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="so-theo-doi-2026.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "Năm,Nhiệm vụ,Văn bản giao,Đơn vị,Tổ chức đảng,Cán bộ/Đảng viên,Nhắc nhở,Ngày ghi sổ,Hủy bỏ,Lý do hủy",
    );
    expect(lines[1]).toMatch(
      /^2026,"Chấn chỉnh lề lối làm việc, tác phong cán bộ",125-TB\/HU ngày 12\/09\/2026,Xã Bình Thanh Đông,Đảng bộ xã Bình Thanh Đông,Nguyễn Thị Ánh Tuyết,Lần 1: 101-CV\/HU ngày 20\/10\/2026; Lần 2: 102-CV\/HU ngày 20\/10\/2026,\d\d\/\d\d\/\d{4},,$/,
    );
    expect(lines.slice(2)).toEqual([""]);

    await ok(
      await signIn(d, "party_office").post(`/tracking-book/${entryId}/annul`, {
        reason: 'Thu hồi theo "Kết luận 12", đã rà soát.',
      }),
      TrackingBookEntry,
    );
    expect((await (await signIn(d, "viewer").get("/tracking-book.csv?year=2026")).text()).split("\r\n")).toHaveLength(
      2,
    );
    const withAnnulled = await (
      await signIn(d, "viewer").get("/tracking-book.csv?year=2026&includeAnnulled=true")
    ).text();
    expect(withAnnulled.split("\r\n")[1]).toMatch(/,\d\d\/\d\d\/\d{4},"Thu hồi theo ""Kết luận 12"", đã rà soát."$/);
    await expectProblem(await signIn(d, "viewer").get("/tracking-book.csv?year=twenty"), 400, "validation_failed");
  });
});
