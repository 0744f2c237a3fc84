import { auditLog } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { bearer, createStaffTenant, type StaffTenant } from "./fixtures/staff";

interface OfficialBody {
  id: string;
  unitId: string;
  employeeCode: string | null;
  fullName: string;
  kind: string;
  position: string | null;
  email: string | null;
  phone: string | null;
  partyMember: boolean;
  status: "active" | "left";
}
interface OfficialPage {
  items: OfficialBody[];
  nextCursor: string | null;
}

async function adminJson(d: StaffTenant) {
  return { ...bearer(await d.token("tenant_admin")), "content-type": "application/json" };
}

async function addOfficial(d: StaffTenant, body: Record<string, unknown>): Promise<OfficialBody> {
  const res = await api(`/v1/tenants/${d.tenant.slug}/officials`, {
    method: "POST",
    headers: await adminJson(d),
    body: JSON.stringify({ kind: "civil_servant", unitId: d.communeUnitId, ...body }),
  });
  expect(res.status).toBe(201);
  return res.json<OfficialBody>();
}

describe("officials", () => {
  it("a tenant admin adds, reads, changes and marks an official as left", async () => {
    const d = await createStaffTenant();
    // Typed with combining marks (NFD), as some keyboards send it: stored precomposed (NFC).
    const official = await addOfficial(d, {
      fullName: "Nguyễn Thị Ánh".normalize("NFD"),
      employeeCode: "CB-001",
      email: "Anh.Nguyen@BinhSon.gov.vn",
      position: "Chủ tịch UBND xã",
      partyMember: true,
    });
    expect(official).toMatchObject({
      fullName: "Nguyễn Thị Ánh".normalize("NFC"),
      email: "anh.nguyen@binhson.gov.vn",
      unitId: d.communeUnitId,
      partyMember: true,
      status: "active",
    });

    const auth = await adminJson(d);
    const patched = await api(`/v1/tenants/${d.tenant.slug}/officials/${official.id}`, {
      method: "PATCH",
      headers: auth,
      body: JSON.stringify({ unitId: d.otherCommuneUnitId, phone: "0255 3851 234" }),
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ unitId: d.otherCommuneUnitId, phone: "0255 3851 234" });

    const left = await api(`/v1/tenants/${d.tenant.slug}/officials/${official.id}/mark-left`, {
      method: "POST",
      headers: auth,
    });
    expect(await left.json()).toMatchObject({ status: "left" });
    const read = await api(`/v1/tenants/${d.tenant.slug}/officials/${official.id}`, { headers: auth });
    expect(await read.json()).toMatchObject({
      id: official.id,
      fullName: "Nguyễn Thị Ánh",
      status: "left",
      unitId: d.otherCommuneUnitId,
    });
  });

  it("writes the audit entry together with the official", async () => {
    const d = await createStaffTenant();
    const official = await addOfficial(d, { fullName: "Trần Văn Bình", employeeCode: "CB-AUD" });
    const entries = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityId, official.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "official.created",
      entityType: "official",
      actorId: d.users.tenant_admin.id,
    });
    expect(entries[0]?.changes?.fullName).toEqual([null, "Trần Văn Bình"]);
  });

  it("refuses a duplicate employee code or email with 409 and writes nothing", async () => {
    const d = await createStaffTenant();
    await addOfficial(d, { fullName: "Lê Văn Cường", employeeCode: "CB-DUP", email: "cuong@binhson.gov.vn" });
    const auth = await adminJson(d);
    const post = (body: Record<string, unknown>) =>
      api(`/v1/tenants/${d.tenant.slug}/officials`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ kind: "cadre", unitId: d.communeUnitId, fullName: "Người Khác", ...body }),
      });
    const byCode = await expectProblem(await post({ employeeCode: "CB-DUP" }), 409, "official_duplicate");
    expect(byCode.errors).toEqual([{ path: "body.employeeCode", message: expect.any(String) }]);
    const byEmail = await expectProblem(await post({ email: "CUONG@binhson.gov.vn" }), 409, "official_duplicate");
    expect(byEmail.errors).toEqual([{ path: "body.email", message: expect.any(String) }]);

    const list = await api(`/v1/tenants/${d.tenant.slug}/officials?limit=100`, { headers: auth });
    expect((await list.json<OfficialPage>()).items.map((o) => o.fullName)).toEqual(["Lê Văn Cường"]);
  });

  it("refuses a unit from another tenant as if it did not exist", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const res = await api(`/v1/tenants/${mine.tenant.slug}/officials`, {
      method: "POST",
      headers: await adminJson(mine),
      body: JSON.stringify({ unitId: theirs.communeUnitId, fullName: "Phạm Thị Dung", kind: "public_employee" }),
    });
    const problem = await expectProblem(res, 400, "invalid_reference");
    expect(problem.errors?.[0]?.path).toBe("body.unitId");
  });

  it("answers 404 for another tenant's official", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const official = await addOfficial(theirs, { fullName: "Võ Văn Em" });
    await expectProblem(
      await api(`/v1/tenants/${mine.tenant.slug}/officials/${official.id}`, {
        headers: bearer(await mine.token("tenant_admin")),
      }),
      404,
      "official_not_found",
    );
  });

  it("a unit head sees only the officials of their unit's subtree", async () => {
    const d = await createStaffTenant();
    const inside = await addOfficial(d, { fullName: "Đỗ Thị Giang", unitId: d.communeUnitId });
    const outside = await addOfficial(d, { fullName: "Hồ Văn Hải", unitId: d.otherCommuneUnitId });
    const above = await addOfficial(d, { fullName: "Bùi Văn Khoa", unitId: d.districtUnitId });
    const auth = bearer(await d.token("unit_head"));
    const list = await api(`/v1/tenants/${d.tenant.slug}/officials`, { headers: auth });
    expect((await list.json<OfficialPage>()).items.map((o) => o.id)).toEqual([inside.id]);
    for (const hidden of [outside, above]) {
      await expectProblem(
        await api(`/v1/tenants/${d.tenant.slug}/officials/${hidden.id}`, { headers: auth }),
        404,
        "official_not_found",
      );
    }
    const everyone = await api(`/v1/tenants/${d.tenant.slug}/officials`, { headers: bearer(await d.token("viewer")) });
    expect((await everyone.json<OfficialPage>()).items).toHaveLength(3);
  });

  it("filters by unit, kind, status and part of a name", async () => {
    const d = await createStaffTenant();
    const anh = await addOfficial(d, { fullName: "Nguyễn Thị Ánh", kind: "cadre" });
    await addOfficial(d, { fullName: "Nguyễn Văn Bảo", unitId: d.otherCommuneUnitId });
    const chi = await addOfficial(d, { fullName: "Trần Thị Chi", kind: "cadre" });
    const auth = await adminJson(d);
    await api(`/v1/tenants/${d.tenant.slug}/officials/${chi.id}/mark-left`, { method: "POST", headers: auth });
    const ids = async (query: string) => {
      const res = await api(`/v1/tenants/${d.tenant.slug}/officials?${query}`, { headers: auth });
      expect(res.status).toBe(200);
      return (await res.json<OfficialPage>()).items.map((o) => o.id);
    };
    expect(await ids(`unitId=${d.communeUnitId}&kind=cadre&status=active`)).toEqual([anh.id]);
    expect(await ids(`q=${encodeURIComponent("Thị Ánh")}`)).toEqual([anh.id]);
    expect(await ids(`q=${encodeURIComponent("nguyễn")}`)).toHaveLength(2);
    expect(await ids("q=%25")).toEqual([]);
  });

  it("pages with a cursor, at most `limit` per page", async () => {
    const d = await createStaffTenant();
    for (const fullName of ["Ngô Văn An", "Ngô Văn Bình", "Ngô Văn Cảnh"]) await addOfficial(d, { fullName });
    const auth = bearer(await d.token("viewer"));
    const first = await (
      await api(`/v1/tenants/${d.tenant.slug}/officials?limit=2`, { headers: auth })
    ).json<OfficialPage>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await (
      await api(`/v1/tenants/${d.tenant.slug}/officials?limit=2&cursor=${first.nextCursor}`, { headers: auth })
    ).json<OfficialPage>();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((o) => o.fullName))).toEqual(
      new Set(["Ngô Văn An", "Ngô Văn Bình", "Ngô Văn Cảnh"]),
    );
  });

  it("a viewer cannot write", async () => {
    const d = await createStaffTenant();
    const official = await addOfficial(d, { fullName: "Lý Thị Mai" });
    const auth = { ...bearer(await d.token("viewer")), "content-type": "application/json" };
    const base = `/v1/tenants/${d.tenant.slug}/officials`;
    const attempts = [
      api(base, { method: "POST", headers: auth, body: JSON.stringify({ fullName: "X Y", kind: "cadre" }) }),
      api(`${base}/${official.id}`, { method: "PATCH", headers: auth, body: JSON.stringify({ fullName: "Đổi Tên" }) }),
      api(`${base}/${official.id}/mark-left`, { method: "POST", headers: auth }),
    ];
    for (const res of await Promise.all(attempts)) await expectProblem(res, 403, "forbidden");
    const read = await api(`${base}/${official.id}`, { headers: auth });
    expect(await read.json()).toMatchObject({ fullName: "Lý Thị Mai", status: "active" });
  });
});
