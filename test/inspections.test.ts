import { env } from "cloudflare:test";
import { inspectionChecklistResults, inspectionTeams, tenants } from "@kycuong/db";

import { demoInspectionId, seedDemoData } from "@kycuong/demo";
import { ChecklistTemplate, Inspection, InspectionDetail, InspectionTeam } from "@kycuong/domain/inspections";

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { created, listOf, logIn, ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { auditOf, createTeamAndTemplate, inspectionRowsOf } from "./fixtures/inspections";
import { expectProblem } from "./fixtures/problem";
import { insertOfficial } from "./fixtures/reports";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

async function surpriseAt(d: StaffTenant, unitId: string, extra: Record<string, unknown> = {}) {
  const { team, template } = await createTeamAndTemplate(d);
  const inspection = await created(
    await signIn(d, "inspector").post("/inspections", {
      teamId: team.id,
      kind: "surprise",
      targetUnitIds: [unitId],
      checklistTemplateId: template.id,
      ...extra,
    }),
    InspectionDetail,
  );
  return { team, template, inspection };
}

describe("inspection teams and checklist templates", () => {
  it("an inspector records Tổ Kiểm tra 20 with its members, reads and changes it, each write audited", async () => {
    const d = await createStaffTenant();
    const { team, leader, member } = await createTeamAndTemplate(d);
    expect(team).toMatchObject({
      name: "Tổ Kiểm tra 20",
      leader: { id: leader.id, fullName: "Lê Minh Cường" },
      members: [{ id: member.id, fullName: "Phạm Thị Dung" }],
      activeTo: null,
    });
    const viewer = signIn(d, "viewer");
    expect(await ok(await viewer.get(`/inspection-teams/${team.id}`), InspectionTeam)).toEqual(team);
    expect((await ok(await viewer.get("/inspection-teams"), pageOf(InspectionTeam))).items.map((t) => t.id)).toEqual([
      team.id,
    ]);

    const other = await insertOfficial(d, d.communeUnitId, "Đỗ Văn Khoa");
    const changed = await ok(
      await signIn(d, "inspector").patch(`/inspection-teams/${team.id}`, {
        memberOfficialIds: [other.id],
        activeTo: "2026-12-31",
      }),
      InspectionTeam,
    );
    expect(changed).toMatchObject({ members: [{ id: other.id }], activeTo: "2026-12-31" });
    expect(await auditOf(d, "inspection_team.created")).toHaveLength(1);
    const [update] = await auditOf(d, "inspection_team.updated");
    expect(update?.changes).toMatchObject({ memberOfficialIds: [[member.id], [other.id]] });

    const templates = await ok(await viewer.get("/checklist-templates"), listOf(ChecklistTemplate));
    expect(templates.items[0]?.items.map((i) => i.code)).toEqual(["presence", "attitude", "alcohol"]);
  });

  it("refuses an unknown official, a backwards period and duplicate item codes, writing nothing", async () => {
    const d = await createStaffTenant();
    const elsewhere = await createStaffTenant();
    const foreign = await insertOfficial(elsewhere, elsewhere.districtUnitId);
    const leader = await insertOfficial(d, d.districtUnitId);
    const inspector = signIn(d, "inspector");
    const team = {
      name: "Tổ Kiểm tra 21",
      decisionDocNumber: "1521/QĐ-UBND",
      decisionDocDate: "2026-01-05",
      leaderOfficialId: leader.id,
      memberOfficialIds: [foreign.id],
      activeFrom: "2026-01-05",
    };
    const problem = await expectProblem(await inspector.post("/inspection-teams", team), 400, "invalid_reference");
    // The one wording of invalid_reference, the same in every area (units.test.ts asserts it for a unit).
    expect(problem).toMatchObject({
      detail: "Tham chiếu không hợp lệ (cán bộ)",
      errors: [
        {
          path: "body.memberOfficialIds.0",
          message: "Không có cán bộ này trong đơn vị hành chính",
        },
      ],
    });
    await expectProblem(
      await inspector.post("/inspection-teams", { ...team, memberOfficialIds: [], activeTo: "2026-01-04" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await inspector.post("/checklist-templates", {
        name: "Trùng mã",
        items: [
          { code: "presence", label: "Có mặt" },
          { code: "presence", label: "Có mặt lần hai" },
        ],
      }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await inspector.post("/checklist-templates", {
        name: "Mã sai",
        items: [{ code: "Presence-1", label: "Có mặt" }],
      }),
      400,
      "validation_failed",
    );
    expect(await testDb().select().from(inspectionTeams).where(eq(inspectionTeams.tenantId, d.tenant.id))).toEqual([]);
    expect((await ok(await inspector.get("/checklist-templates"), listOf(ChecklistTemplate))).items).toEqual([]);
  });
});

describe("inspections", () => {
  it("runs a planned inspection: scheduled → in_progress → checklist → completed, and refuses illegal moves", async () => {
    const d = await createStaffTenant();
    const { team, template } = await createTeamAndTemplate(d);
    const inspector = signIn(d, "inspector");
    const planned = await created(
      await inspector.post("/inspections", {
        teamId: team.id,
        kind: "planned",
        targetUnitIds: [d.communeUnitId, d.otherCommuneUnitId],
        scheduledAt: "2026-12-10T08:00:00+07:00",
        checklistTemplateId: template.id,
      }),
      InspectionDetail,
    );
    expect(planned).toMatchObject({
      status: "scheduled",
      scheduledAt: "2026-12-10T01:00:00.000Z",
      startedAt: null,
      team: { id: team.id, name: "Tổ Kiểm tra 20" },
    });
    expect(planned.targets.map((t) => t.id).sort()).toEqual([d.communeUnitId, d.otherCommuneUnitId].sort());
    expect(planned.checklist?.items.map((i) => [i.code, i.result])).toEqual([
      ["presence", null],
      ["attitude", null],
      ["alcohol", null],
    ]);

    await expectProblem(
      await inspector.put(`/inspections/${planned.id}/checklist`, { results: [] }),
      409,
      "inspection_not_in_progress",
    );
    await expectProblem(
      await inspector.post(`/inspections/${planned.id}/complete`, { findings: "Sớm quá" }),
      409,
      "illegal_inspection_transition",
    );
    const started = await ok(await inspector.post(`/inspections/${planned.id}/start`), InspectionDetail);
    expect(started.status).toBe("in_progress");
    expect(started.startedAt).not.toBeNull();
    await expectProblem(await inspector.post(`/inspections/${planned.id}/start`), 409, "illegal_inspection_transition");

    await expectProblem(
      await inspector.put(`/inspections/${planned.id}/checklist`, {
        results: [{ code: "karaoke", result: "violation" }],
      }),
      400,
      "unknown_checklist_item",
    );
    expect(
      await testDb()
        .select()
        .from(inspectionChecklistResults)
        .where(eq(inspectionChecklistResults.inspectionId, planned.id)),
    ).toEqual([]);
    const filled = await ok(
      await inspector.put(`/inspections/${planned.id}/checklist`, {
        results: [
          { code: "presence", result: "compliant" },
          { code: "alcohol", result: "violation", note: "Ba cán bộ uống bia lúc 11 giờ 45" },
        ],
      }),
      InspectionDetail,
    );
    expect(filled.checklist?.items.map((i) => [i.code, i.result, i.note])).toEqual([
      ["presence", "compliant", null],
      ["attitude", null, null],
      ["alcohol", "violation", "Ba cán bộ uống bia lúc 11 giờ 45"],
    ]);
    const done = await ok(
      await inspector.post(`/inspections/${planned.id}/complete`, {
        findings: "Phát hiện vi phạm quy định về rượu bia",
      }),
      InspectionDetail,
    );
    expect(done).toMatchObject({ status: "completed", findings: "Phát hiện vi phạm quy định về rượu bia" });
    expect(done.endedAt).not.toBeNull();
    await expectProblem(
      await inspector.post(`/inspections/${planned.id}/cancel`),
      409,
      "illegal_inspection_transition",
    );
    await expectProblem(
      await inspector.put(`/inspections/${planned.id}/checklist`, {
        results: [{ code: "presence", result: "violation" }],
      }),
      409,
      "inspection_not_in_progress",
    );
    expect((await auditOf(d, "inspection.checklist_recorded")).length).toBe(1);
    expect((await auditOf(d, "inspection.completed")).length).toBe(1);
  });

  it("bad input writes nothing: unknown unit or team, another tenant's unit, planned without scheduledAt", async () => {
    const d = await createStaffTenant();
    const elsewhere = await createStaffTenant();
    const { team } = await createTeamAndTemplate(d);
    const inspector = signIn(d, "inspector");
    const body = {
      teamId: team.id,
      kind: "planned",
      targetUnitIds: [d.communeUnitId],
      scheduledAt: "2026-12-10T08:00:00+07:00",
    };
    const problem = await expectProblem(
      await inspector.post("/inspections", { ...body, targetUnitIds: [d.communeUnitId, elsewhere.communeUnitId] }),
      400,
      "invalid_reference",
    );
    expect(problem.errors?.[0]?.path).toBe("body.targetUnitIds.1");
    await expectProblem(
      await inspector.post("/inspections", { ...body, teamId: crypto.randomUUID() }),
      400,
      "invalid_reference",
    );
    const missing = await expectProblem(
      await inspector.post("/inspections", { ...body, scheduledAt: undefined }),
      400,
      "validation_failed",
    );
    expect(missing.errors?.map((e) => e.path)).toContain("body.scheduledAt");
    await expectProblem(await inspector.post("/inspections", { ...body, targetUnitIds: [] }), 400, "validation_failed");
    expect(await inspectionRowsOf(d)).toEqual([]);
  });

  it("a surprise inspection is hidden from the inspected commune's head until it starts", async () => {
    const d = await createStaffTenant();
    const { inspection } = await surpriseAt(d, d.communeUnitId);
    expect(inspection).toMatchObject({ kind: "surprise", status: "scheduled", startedAt: null });
    const head = signIn(d, "unit_head");
    await expectProblem(await head.get(`/inspections/${inspection.id}`), 404, "inspection_not_found");
    expect((await ok(await head.get("/inspections"), pageOf(Inspection))).items).toEqual([]);
    // Everyone else with inspections:read sees it.
    for (const role of ["inspector", "tenant_admin", "viewer"] as const) {
      expect(
        (await ok(await signIn(d, role).get("/inspections"), pageOf(Inspection))).items.map((i) => i.id),
        role,
      ).toEqual([inspection.id]);
    }

    await ok(await signIn(d, "inspector").post(`/inspections/${inspection.id}/start`), InspectionDetail);
    expect((await ok(await head.get(`/inspections/${inspection.id}`), InspectionDetail)).status).toBe("in_progress");
    expect((await ok(await head.get("/inspections"), pageOf(Inspection))).items.map((i) => i.id)).toEqual([
      inspection.id,
    ]);
  });

  it("a surprise inspection started on arrival is visible at once; another subtree's head never sees it", async () => {
    const d = await createStaffTenant();
    const { inspection } = await surpriseAt(d, d.otherCommuneUnitId, { startNow: true });
    expect(inspection.status).toBe("in_progress");
    expect(inspection.startedAt).not.toBeNull();
    const head = signIn(d, "unit_head");
    await expectProblem(await head.get(`/inspections/${inspection.id}`), 404, "inspection_not_found");
    expect((await ok(await head.get("/inspections"), pageOf(Inspection))).items).toEqual([]);
    // A planned inspection of the head's own commune is visible before it starts.
    const { team } = await createTeamAndTemplate(d);
    const planned = await created(
      await signIn(d, "inspector").post("/inspections", {
        teamId: team.id,
        kind: "planned",
        targetUnitIds: [d.communeUnitId],
        scheduledAt: "2026-12-10T08:00:00+07:00",
      }),
      InspectionDetail,
    );
    expect((await ok(await head.get("/inspections"), pageOf(Inspection))).items.map((i) => i.id)).toEqual([planned.id]);
  });

  it("filters by team, unit, status, kind and period, and pages", async () => {
    const d = await createStaffTenant();
    const { inspection: surprise, team } = await surpriseAt(d, d.communeUnitId, { startNow: true });
    const inspector = signIn(d, "inspector");
    const planned = await created(
      await inspector.post("/inspections", {
        teamId: team.id,
        kind: "planned",
        targetUnitIds: [d.otherCommuneUnitId],
        scheduledAt: "2030-03-01T08:00:00+07:00",
      }),
      InspectionDetail,
    );
    const ids = async (query: string) =>
      (await ok(await inspector.get(`/inspections?${query}`), pageOf(Inspection))).items.map((i) => i.id);
    expect(await ids(`teamId=${team.id}`)).toEqual([planned.id, surprise.id]);
    expect(await ids(`unitId=${d.communeUnitId}`)).toEqual([surprise.id]);
    expect(await ids("status=scheduled")).toEqual([planned.id]);
    expect(await ids("kind=surprise")).toEqual([surprise.id]);
    expect(await ids("from=2030-03-01&to=2030-03-01")).toEqual([planned.id]);
    expect(await ids("to=2030-02-28")).toEqual([surprise.id]);
    const first = await ok(await inspector.get("/inspections?limit=1"), pageOf(Inspection));
    expect(first.items.map((i) => i.id)).toEqual([planned.id]);
    expect(await ids(`limit=1&cursor=${first.nextCursor}`)).toEqual([surprise.id]);
  });

  it("a viewer reads but cannot write; another tenant's inspection answers 404", async () => {
    const d = await createStaffTenant();
    const { inspection, team } = await surpriseAt(d, d.communeUnitId);
    const viewer = signIn(d, "viewer");
    expect((await ok(await viewer.get(`/inspections/${inspection.id}`), InspectionDetail)).id).toBe(inspection.id);
    await expectProblem(await viewer.post(`/inspections/${inspection.id}/start`), 403, "forbidden");
    await expectProblem(
      await viewer.post("/inspections", { teamId: team.id, kind: "surprise", targetUnitIds: [d.communeUnitId] }),
      403,
      "forbidden",
    );
    await expectProblem(await signIn(d, "unit_head").post(`/inspections/${inspection.id}/start`), 403, "forbidden");
    expect((await inspectionRowsOf(d))[0]?.status).toBe("scheduled");

    const elsewhere = await createStaffTenant();
    const theirs = signIn(elsewhere, "inspector");
    await expectProblem(await theirs.get(`/inspections/${inspection.id}`), 404, "inspection_not_found");
    await expectProblem(await theirs.post(`/inspections/${inspection.id}/start`), 404, "inspection_not_found");
    await expectProblem(await theirs.get(`/inspection-teams/${team.id}`), 404, "inspection_team_not_found");
    expect((await ok(await theirs.get("/inspections"), pageOf(Inspection))).items).toEqual([]);
  });
});

describe("inspection demo data", () => {
  it("Tổ Kiểm tra 20's completed surprise inspection of Bình Thanh Đông, alcohol item a violation", async () => {
    const password = "kycuong-demo-2026";
    await seedDemoData(testDb(), new Date(), password, env.SEAL_PRIVATE_KEY);
    const [tenant] = await testDb().select().from(tenants).where(eq(tenants.slug, "binh-son"));
    const id = await demoInspectionId(testDb(), tenant?.id ?? "");
    expect(id).not.toBeNull();
    const head = await logIn({ tenant: "binh-son", email: "truongxa@binh-son.example", password });
    const seen = await ok(await head.get(`/v1/tenants/binh-son/inspections/${id}`), InspectionDetail);
    expect(seen).toMatchObject({ kind: "surprise", status: "completed", team: { name: "Tổ Kiểm tra 20" } });
    expect(seen.targets.map((t) => t.name)).toEqual(["UBND xã Bình Thanh Đông"]);
    expect(seen.checklist?.items).toHaveLength(5);
    expect(seen.checklist?.items.find((i) => i.code === "no_alcohol_working_hours_lunch")?.result).toBe("violation");
  });
});
