import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { expectProblem } from "./fixtures/problem";
import { bearer, createStaffTenant } from "./fixtures/staff";

interface UnitBody {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
  headEmail: string | null;
  hasHeadEmail: boolean;
  active: boolean;
}

describe("units", () => {
  it("a tenant admin creates, reads, updates and deactivates a unit", async () => {
    const d = await createStaffTenant();
    const auth = bearer(await d.token("tenant_admin"));
    const created = await api(`/v1/tenants/${d.tenant.slug}/units`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ parentId: d.districtUnitId, kind: "town", name: "Thị trấn Châu Ổ", code: "TT-CHAU-O" }),
    });
    expect(created.status).toBe(201);
    const unit = await created.json<UnitBody>();
    expect(unit).toMatchObject({
      name: "Thị trấn Châu Ổ",
      parentId: d.districtUnitId,
      hasHeadEmail: false,
      active: true,
    });

    const patched = await api(`/v1/tenants/${d.tenant.slug}/units/${unit.id}`, {
      method: "PATCH",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ headEmail: "truong@chauo.example" }),
    });
    expect(await patched.json()).toMatchObject({ headEmail: "truong@chauo.example", hasHeadEmail: true });

    const deactivated = await api(`/v1/tenants/${d.tenant.slug}/units/${unit.id}/deactivate`, {
      method: "POST",
      headers: auth,
    });
    expect(await deactivated.json()).toMatchObject({ active: false });
    const read = await api(`/v1/tenants/${d.tenant.slug}/units/${unit.id}`, { headers: auth });
    expect(await read.json()).toMatchObject({ id: unit.id, active: false });
  });

  it("refuses a duplicate code with 409 and writes nothing", async () => {
    const d = await createStaffTenant();
    const auth = { ...bearer(await d.token("tenant_admin")), "content-type": "application/json" };
    const body = JSON.stringify({ kind: "department", name: "Phòng Nội vụ", code: "PNV" });
    expect((await api(`/v1/tenants/${d.tenant.slug}/units`, { method: "POST", headers: auth, body })).status).toBe(201);
    await expectProblem(
      await api(`/v1/tenants/${d.tenant.slug}/units`, { method: "POST", headers: auth, body }),
      409,
      "unit_code_taken",
    );
    const list = await api(`/v1/tenants/${d.tenant.slug}/units?limit=100`, { headers: auth });
    const codes = (await list.json<{ items: UnitBody[] }>()).items.map((u) => u.code);
    expect(codes.filter((code) => code === "PNV")).toHaveLength(1);
  });

  it("refuses a parent from another tenant as if it did not exist", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const res = await api(`/v1/tenants/${mine.tenant.slug}/units`, {
      method: "POST",
      headers: { ...bearer(await mine.token("tenant_admin")), "content-type": "application/json" },
      body: JSON.stringify({ parentId: theirs.districtUnitId, kind: "commune", name: "Xã lạ", code: "XL" }),
    });
    const problem = await expectProblem(res, 400, "invalid_reference");
    // The one wording of invalid_reference, the same in every area (inspections.test.ts asserts it for an official).
    expect(problem).toMatchObject({
      detail: "Tham chiếu không hợp lệ (đơn vị) · Invalid reference (unit)",
      errors: [
        { path: "body.parentId", message: "Không có đơn vị này trong đơn vị hành chính · No such unit in this tenant" },
      ],
    });
  });

  it("refuses to move a unit under its own sub-unit", async () => {
    const d = await createStaffTenant();
    const res = await api(`/v1/tenants/${d.tenant.slug}/units/${d.districtUnitId}`, {
      method: "PATCH",
      headers: { ...bearer(await d.token("tenant_admin")), "content-type": "application/json" },
      body: JSON.stringify({ parentId: d.communeUnitId }),
    });
    await expectProblem(res, 400, "unit_cycle");
  });

  it("a unit head sees only their unit's subtree", async () => {
    const d = await createStaffTenant();
    const auth = bearer(await d.token("unit_head"));
    const list = await api(`/v1/tenants/${d.tenant.slug}/units`, { headers: auth });
    const ids = (await list.json<{ items: UnitBody[] }>()).items.map((u) => u.id);
    expect(ids).toEqual([d.communeUnitId]);
    await expectProblem(
      await api(`/v1/tenants/${d.tenant.slug}/units/${d.otherCommuneUnitId}`, { headers: auth }),
      404,
      "unit_not_found",
    );
  });

  it("pages with a cursor, at most `limit` per page", async () => {
    const d = await createStaffTenant();
    const auth = bearer(await d.token("viewer"));
    const first = await (await api(`/v1/tenants/${d.tenant.slug}/units?limit=2`, { headers: auth })).json<{
      items: UnitBody[];
      nextCursor: string | null;
    }>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await (
      await api(`/v1/tenants/${d.tenant.slug}/units?limit=2&cursor=${first.nextCursor}`, { headers: auth })
    ).json<{ items: UnitBody[]; nextCursor: string | null }>();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(3);
    await expectProblem(
      await api(`/v1/tenants/${d.tenant.slug}/units?limit=101`, { headers: auth }),
      400,
      "validation_failed",
    );
  });

  it("a viewer cannot write", async () => {
    const d = await createStaffTenant();
    const res = await api(`/v1/tenants/${d.tenant.slug}/units`, {
      method: "POST",
      headers: { ...bearer(await d.token("viewer")), "content-type": "application/json" },
      body: JSON.stringify({ kind: "department", name: "Phòng X", code: "PX" }),
    });
    await expectProblem(res, 403, "forbidden");
  });
});
