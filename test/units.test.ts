import { Unit } from "@kycuong/domain/units";
import { describe, expect, it } from "vitest";
import { created, ok, pageOf, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";

describe("units", () => {
  it("a tenant admin creates, reads, updates and deactivates a unit", async () => {
    const d = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    const unit = await created(
      await admin.post("/units", {
        parentId: d.districtUnitId,
        kind: "town",
        name: "Thị trấn Châu Ổ",
        code: "TT-CHAU-O",
      }),
      Unit,
    );
    expect(unit).toMatchObject({
      name: "Thị trấn Châu Ổ",
      parentId: d.districtUnitId,
      hasHeadEmail: false,
      active: true,
    });

    const patched = await ok(await admin.patch(`/units/${unit.id}`, { headEmail: "truong@chauo.example" }), Unit);
    expect(patched).toMatchObject({ headEmail: "truong@chauo.example", hasHeadEmail: true });

    expect(await ok(await admin.post(`/units/${unit.id}/deactivate`), Unit)).toMatchObject({ active: false });
    expect(await ok(await admin.get(`/units/${unit.id}`), Unit)).toMatchObject({ id: unit.id, active: false });
  });

  it("refuses a duplicate code with 409 and writes nothing", async () => {
    const d = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    const body = { kind: "department", name: "Phòng Nội vụ", code: "PNV" };
    await created(await admin.post("/units", body), Unit);
    await expectProblem(await admin.post("/units", body), 409, "unit_code_taken");
    const codes = (await ok(await admin.get("/units?limit=100"), pageOf(Unit))).items.map((u) => u.code);
    expect(codes.filter((code) => code === "PNV")).toHaveLength(1);
  });

  it("refuses a parent from another tenant as if it did not exist", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const res = await signIn(mine, "tenant_admin").post("/units", {
      parentId: theirs.districtUnitId,
      kind: "commune",
      name: "Xã lạ",
      code: "XL",
    });
    const problem = await expectProblem(res, 400, "invalid_reference");
    // The one wording of invalid_reference, the same in every area (inspections.test.ts asserts it for an official).
    expect(problem).toMatchObject({
      detail: "Tham chiếu không hợp lệ (đơn vị)",
      errors: [{ path: "body.parentId", message: "Không có đơn vị này trong đơn vị hành chính" }],
    });
  });

  it("refuses to move a unit under its own sub-unit", async () => {
    const d = await createStaffTenant();
    const res = await signIn(d, "tenant_admin").patch(`/units/${d.districtUnitId}`, { parentId: d.communeUnitId });
    await expectProblem(res, 400, "unit_cycle");
  });

  it("a unit head sees only their unit's subtree", async () => {
    const d = await createStaffTenant();
    const head = signIn(d, "unit_head");
    const ids = (await ok(await head.get("/units"), pageOf(Unit))).items.map((u) => u.id);
    expect(ids).toEqual([d.communeUnitId]);
    await expectProblem(await head.get(`/units/${d.otherCommuneUnitId}`), 404, "unit_not_found");
  });

  it("pages with a cursor, at most `limit` per page", async () => {
    const d = await createStaffTenant();
    const viewer = signIn(d, "viewer");
    const first = await ok(await viewer.get("/units?limit=2"), pageOf(Unit));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await ok(await viewer.get(`/units?limit=2&cursor=${first.nextCursor}`), pageOf(Unit));
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(3);
    await expectProblem(await viewer.get("/units?limit=101"), 400, "validation_failed");
  });

  it("a viewer cannot write", async () => {
    const d = await createStaffTenant();
    const res = await signIn(d, "viewer").post("/units", { kind: "department", name: "Phòng X", code: "PX" });
    await expectProblem(res, 403, "forbidden");
  });
});
