import { AuditRecord } from "@kycuong/domain/audit";
import { addDays } from "@kycuong/domain/calendar";
import { DialogueDetail, DialogueSession } from "@kycuong/domain/dialogues";
import { describe, expect, it } from "vitest";
import { ok, pageOf, signIn } from "./fixtures/client";
import { addIssue, assignedTo, createSession, today } from "./fixtures/dialogues";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";

describe("dialogue sessions and issues", () => {
  it("records a session with issues of every outcome and reads them back", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d);
    expect(session).toMatchObject({ heldOn: "2026-03-10", hostUnit: { id: d.communeUnitId }, issues: [] });
    await addIssue(d, session.id, { outcome: "resolved_on_the_spot", raisedBy: "" });
    await addIssue(d, session.id, assignedTo(d.districtUnitId, { raisedBy: "Ông Trần Văn Bảy, thôn 2" }));
    await addIssue(d, session.id, {
      outcome: "not_in_scope",
      notInScopeReason: "Thuộc thẩm quyền của tỉnh",
      pressing: false,
    });

    const read = await ok(await signIn(d, "viewer").get(`/dialogues/${session.id}`), DialogueDetail);
    expect(read.issues.map((i) => i.outcome)).toEqual(["resolved_on_the_spot", "assigned", "not_in_scope"]);
    expect(read.issues[0]).toMatchObject({ raisedBy: null, assignedUnit: null, dueOn: null, conclusionStatus: null });
    expect(read.issues[1]).toMatchObject({
      assignedUnit: { id: d.districtUnitId, name: "UBND huyện" },
      // 10 Mar + 2 months is Sunday 10 May: due at the end of Monday 11 May.
      dueOn: "2026-05-11",
      dueAt: "2026-05-11T16:59:59.999Z",
      conclusionStatus: "assigned",
      overdue: true,
    });

    const audit = await signIn(d, "tenant_admin").get(`/audit?entity=dialogue_issue&id=${read.issues[1]?.id}`);
    expect((await ok(audit, pageOf(AuditRecord))).items.map((a) => a.action)).toEqual(["dialogue_issue.added"]);
  });

  it("counts the deadline in calendar months, clamped to the end of a shorter month", async () => {
    const d = await createStaffTenant();
    const cases: [string, string][] = [
      ["2025-08-31", "2025-10-31"],
      ["2024-12-31", "2025-02-28"],
      ["2023-12-31", "2024-02-29"],
      ["2025-11-30", "2026-01-30"],
    ];
    for (const [heldOn, dueOn] of cases) {
      const session = await createSession(d, { heldOn });
      expect((await addIssue(d, session.id, assignedTo(d.communeUnitId))).dueOn, heldOn).toBe(dueOn);
    }
    const explicit = await createSession(d, { heldOn: "2025-08-31" });
    expect((await addIssue(d, explicit.id, assignedTo(d.communeUnitId, { dueOn: "2025-08-31" }))).dueOn).toBe(
      "2025-08-31",
    );

    const settings = await signIn(d, "tenant_admin").patch("/settings", { dialogueConclusionDeadlineMonths: 3 });
    expect(settings.status).toBe(200);
    const later = await createSession(d, { heldOn: "2025-08-31" });
    // 31 Aug + 3 months is Sunday 30 Nov 2025: the next working day, Monday 1 Dec.
    expect(await addIssue(d, later.id, assignedTo(d.communeUnitId))).toMatchObject({
      dueOn: "2025-12-01",
      dueAt: "2025-12-01T16:59:59.999Z",
    });
  });

  it("ends a conclusion deadline that falls on a weekend at the end of the next working day (Civil Code art. 148(5))", async () => {
    const d = await createStaffTenant();
    const cases: [string, string][] = [
      ["2026-08-31", "2026-11-02"], // Sat 31 Oct 2026 → Mon 2 Nov
      ["2026-11-30", "2027-02-01"], // Sat 30 Jan 2027 → Mon 1 Feb
      ["2026-08-30", "2026-10-30"], // Fri 30 Oct: a working day, kept
    ];
    for (const [heldOn, dueOn] of cases) {
      const session = await createSession(d, { heldOn });
      const issue = await addIssue(d, session.id, assignedTo(d.communeUnitId));
      expect(issue, heldOn).toMatchObject({ dueOn, dueAt: `${dueOn}T16:59:59.999Z` });
    }
  });

  it("ends a conclusion deadline that falls on a holiday after the holiday (Civil Code art. 148(5))", async () => {
    const d = await createStaffTenant();
    // 18 Dec 2025 + 2 months = Wed 18 Feb 2026, in Tết (16–20 Feb, weekends 14–22): Mon 23 Feb.
    const tet = await createSession(d, { heldOn: "2025-12-18" });
    expect((await addIssue(d, tet.id, assignedTo(d.communeUnitId))).dueOn).toBe("2026-02-23");
    // 30 Jun + 2 months = Sun 30 Aug 2026; Mon 31 Aug is worked, 1–2 Sep are National Day.
    const summer = await createSession(d, { heldOn: "2026-06-30" });
    expect((await addIssue(d, summer.id, assignedTo(d.communeUnitId))).dueOn).toBe("2026-08-31");

    // The tenant's own days count too: its own day off moves the deadline on, a weekend it works keeps it.
    const admin = signIn(d, "tenant_admin");
    expect((await admin.put("/calendar/2026-11-02", { kind: "holiday", name: "Lễ hội Cầu Ngư" })).status).toBe(200);
    const ownHoliday = await createSession(d, { heldOn: "2026-08-31" });
    expect((await addIssue(d, ownHoliday.id, assignedTo(d.communeUnitId))).dueOn).toBe("2026-11-03");
    expect((await admin.put("/calendar/2026-10-31", { kind: "worked", name: "Làm bù" })).status).toBe(200);
    const worked = await createSession(d, { heldOn: "2026-08-31", place: "Nhà văn hóa thôn 3" });
    expect((await addIssue(d, worked.id, assignedTo(d.communeUnitId))).dueOn).toBe("2026-10-31");

    // A date the chair sets explicitly is a point in time, not a counted period: it is kept as given.
    const explicit = await createSession(d, { heldOn: "2026-08-31", place: "Hội trường thôn 5" });
    expect((await addIssue(d, explicit.id, assignedTo(d.communeUnitId, { dueOn: "2026-10-31" }))).dueOn).toBe(
      "2026-10-31",
    );
  });

  it("refuses bad input with a clear 400 and writes nothing", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const base = { level: "commune", place: "Hội trường", chairName: "Chủ tọa" };
    const badSessions: [Record<string, unknown>, string, string][] = [
      [{ ...base, hostUnitId: other.communeUnitId, heldOn: "2026-03-10" }, "invalid_reference", "body.hostUnitId"],
      [{ ...base, hostUnitId: d.communeUnitId, heldOn: addDays(today(), 1) }, "date_in_future", "body.heldOn"],
    ];
    for (const [body, code, path] of badSessions) {
      const problem = await expectProblem(await signIn(d, "party_office").post("/dialogues", body), 400, code);
      expect(problem.errors?.[0]?.path).toBe(path);
    }
    const list = await signIn(d, "party_office").get("/dialogues");
    expect((await ok(list, pageOf(DialogueSession))).items).toEqual([]);

    const session = await createSession(d, { heldOn: "2026-03-10" });
    const issue = { content: "Vấn đề", pressing: true, conclusion: "Kết luận" };
    const badIssues: [Record<string, unknown>, string, string][] = [
      [{ ...issue, ...assignedTo(other.districtUnitId) }, "invalid_reference", "body.assignedUnitId"],
      [{ ...issue, ...assignedTo(d.communeUnitId, { dueOn: "2026-03-09" }) }, "date_before_session", "body.dueOn"],
      [{ ...issue, outcome: "not_in_scope" }, "validation_failed", "body.notInScopeReason"],
      [{ ...issue, outcome: "assigned" }, "validation_failed", "body.assignedUnitId"],
      [{ ...issue, ...assignedTo(d.communeUnitId), conclusion: null }, "validation_failed", "body.conclusion"],
      [{ ...issue, outcome: "resolved_on_the_spot", dueOn: "2026-04-01" }, "validation_failed", "body.dueOn"],
    ];
    for (const [body, code, path] of badIssues) {
      const res = await signIn(d, "party_office").post(`/dialogues/${session.id}/issues`, body);
      const problem = await expectProblem(res, 400, code);
      expect(
        problem.errors?.map((e) => e.path),
        code,
      ).toContain(path);
    }
    const read = await ok(await signIn(d, "party_office").get(`/dialogues/${session.id}`), DialogueDetail);
    expect(read.issues).toEqual([]);
  });

  it("fixes the session date once issues hang on it, and the outcome once progress is recorded", async () => {
    const d = await createStaffTenant();
    const session = await createSession(d, { heldOn: "2026-03-10" });
    const moved = await signIn(d, "party_office").patch(`/dialogues/${session.id}`, { heldOn: "2026-03-11" });
    expect((await ok(moved, DialogueDetail)).heldOn).toBe("2026-03-11");
    const issue = await addIssue(d, session.id, { outcome: "resolved_on_the_spot" });
    await expectProblem(
      await signIn(d, "party_office").patch(`/dialogues/${session.id}`, { heldOn: "2026-03-12" }),
      409,
      "dialogue_date_locked",
    );

    const reassigned = await signIn(d, "party_office").patch(`/dialogues/${session.id}/issues/${issue.id}`, {
      conclusion: "Giao xã xử lý",
      ...assignedTo(d.communeUnitId),
    });
    expect(await reassigned.json()).toMatchObject({
      outcome: "assigned",
      dueOn: "2026-05-11",
      conclusionStatus: "assigned",
    });
    await signIn(d, "party_office").post(`/dialogues/${session.id}/issues/${issue.id}/progress`, {
      to: "in_progress",
    });
    await expectProblem(
      await signIn(d, "party_office").patch(`/dialogues/${session.id}/issues/${issue.id}`, {
        outcome: "resolved_on_the_spot",
      }),
      409,
      "dialogue_issue_locked",
    );
    const retitled = await signIn(d, "party_office").patch(`/dialogues/${session.id}/issues/${issue.id}`, {
      content: "Sửa lỗi chính tả",
    });
    expect(await retitled.json()).toMatchObject({ content: "Sửa lỗi chính tả", conclusionStatus: "in_progress" });
  });

  it("keeps every deadline on the session's date when a date change races a new issue", async () => {
    const d = await createStaffTenant();
    for (let round = 0; round < 3; round++) {
      const session = await createSession(d, { heldOn: "2026-03-10" });
      const [moved, added] = await Promise.all([
        signIn(d, "party_office").patch(`/dialogues/${session.id}`, { heldOn: "2026-03-20" }),
        signIn(d, "party_office").post(`/dialogues/${session.id}/issues`, {
          content: "Vấn đề",
          pressing: true,
          conclusion: "Giao xã",
          ...assignedTo(d.communeUnitId),
        }),
      ]);
      // Exactly one of the two wins; the loser writes nothing.
      expect([moved.status, added.status].sort()).toEqual(moved.status === 200 ? [200, 409] : [201, 409]);
      const read = await ok(await signIn(d, "party_office").get(`/dialogues/${session.id}`), DialogueDetail);
      // Two months on: Sunday 10 May rolls to Monday 11 May; Wednesday 20 May stays.
      const dueOn = read.heldOn === "2026-03-10" ? "2026-05-11" : "2026-05-20";
      for (const issue of read.issues) expect(issue.dueOn).toBe(dueOn);
    }
  });

  it("filters sessions by period (inclusive) and host subtree, latest first, page by page", async () => {
    const d = await createStaffTenant();
    const march = await createSession(d, { heldOn: "2026-03-31" });
    const april = await createSession(d, { heldOn: "2026-04-01", hostUnitId: d.otherCommuneUnitId });
    const district = await createSession(d, { heldOn: "2026-02-01", hostUnitId: d.districtUnitId, level: "district" });
    const ids = async (query: string) =>
      (await ok(await signIn(d, "party_office").get(`/dialogues${query}`), pageOf(DialogueSession))).items.map(
        (s) => s.id,
      );
    expect(await ids("")).toEqual([april.id, march.id, district.id]);
    expect(await ids("?from=2026-03-01&to=2026-03-31")).toEqual([march.id]);
    expect(await ids("?from=2026-03-31&to=2026-04-01")).toEqual([april.id, march.id]);
    expect(await ids(`?hostUnitId=${d.districtUnitId}`)).toEqual([april.id, march.id, district.id]);
    expect(await ids(`?hostUnitId=${d.communeUnitId}`)).toEqual([march.id]);
    expect(await ids("?level=district")).toEqual([district.id]);
    const first = await ok(await signIn(d, "party_office").get("/dialogues?limit=2"), pageOf(DialogueSession));
    expect(await ids(`?limit=2&cursor=${first.nextCursor}`)).toEqual([district.id]);
    await expectProblem(
      await signIn(d, "party_office").get("/dialogues?from=2026-04-01&to=2026-03-01"),
      400,
      "invalid_period",
    );
  });
});
