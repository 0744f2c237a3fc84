import { auditLog } from "@kycuong/db";
import { Official } from "@kycuong/domain/officials";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { created, ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

async function addOfficial(d: StaffTenant, body: Record<string, unknown>): Promise<Official> {
  const res = await signIn(d, "tenant_admin").post("/officials", {
    kind: "civil_servant",
    unitId: d.communeUnitId,
    ...body,
  });
  return created(res, Official);
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

    const admin = signIn(d, "tenant_admin");
    const patched = await ok(
      await admin.patch(`/officials/${official.id}`, { unitId: d.otherCommuneUnitId, phone: "0255 3851 234" }),
      Official,
    );
    expect(patched).toMatchObject({ unitId: d.otherCommuneUnitId, phone: "0255 3851 234" });

    expect(await ok(await admin.post(`/officials/${official.id}/mark-left`), Official)).toMatchObject({
      status: "left",
    });
    expect(await ok(await admin.get(`/officials/${official.id}`), Official)).toMatchObject({
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
    const admin = signIn(d, "tenant_admin");
    const post = (body: Record<string, unknown>) =>
      admin.post("/officials", { kind: "cadre", unitId: d.communeUnitId, fullName: "Người Khác", ...body });
    const byCode = await expectProblem(await post({ employeeCode: "CB-DUP" }), 409, "official_duplicate");
    expect(byCode.errors).toEqual([{ path: "body.employeeCode", message: expect.any(String) }]);
    const byEmail = await expectProblem(await post({ email: "CUONG@binhson.gov.vn" }), 409, "official_duplicate");
    expect(byEmail.errors).toEqual([{ path: "body.email", message: expect.any(String) }]);

    const list = await ok(await admin.get("/officials?limit=100"), pageOf(Official));
    expect(list.items.map((o) => o.fullName)).toEqual(["Lê Văn Cường"]);
  });

  it("refuses a unit from another tenant as if it did not exist", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const res = await signIn(mine, "tenant_admin").post("/officials", {
      unitId: theirs.communeUnitId,
      fullName: "Phạm Thị Dung",
      kind: "public_employee",
    });
    const problem = await expectProblem(res, 400, "invalid_reference");
    expect(problem.errors?.[0]?.path).toBe("body.unitId");
  });

  it("answers 404 for another tenant's official", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const official = await addOfficial(theirs, { fullName: "Võ Văn Em" });
    await expectProblem(await signIn(mine, "tenant_admin").get(`/officials/${official.id}`), 404, "official_not_found");
  });

  it("a unit head sees only the officials of their unit's subtree", async () => {
    const d = await createStaffTenant();
    const inside = await addOfficial(d, { fullName: "Đỗ Thị Giang", unitId: d.communeUnitId });
    const outside = await addOfficial(d, { fullName: "Hồ Văn Hải", unitId: d.otherCommuneUnitId });
    const above = await addOfficial(d, { fullName: "Bùi Văn Khoa", unitId: d.districtUnitId });
    const head = signIn(d, "unit_head");
    const list = await ok(await head.get("/officials"), pageOf(Official));
    expect(list.items.map((o) => o.id)).toEqual([inside.id]);
    for (const hidden of [outside, above]) {
      await expectProblem(await head.get(`/officials/${hidden.id}`), 404, "official_not_found");
    }
    const everyone = await ok(await signIn(d, "viewer").get("/officials"), pageOf(Official));
    expect(everyone.items).toHaveLength(3);
  });

  it("filters by unit, kind, status and part of a name", async () => {
    const d = await createStaffTenant();
    const anh = await addOfficial(d, { fullName: "Nguyễn Thị Ánh", kind: "cadre" });
    await addOfficial(d, { fullName: "Nguyễn Văn Bảo", unitId: d.otherCommuneUnitId });
    const chi = await addOfficial(d, { fullName: "Trần Thị Chi", kind: "cadre" });
    const admin = signIn(d, "tenant_admin");
    await ok(await admin.post(`/officials/${chi.id}/mark-left`), Official);
    const ids = async (query: string) =>
      (await ok(await admin.get(`/officials?${query}`), pageOf(Official))).items.map((o) => o.id);
    expect(await ids(`unitId=${d.communeUnitId}&kind=cadre&status=active`)).toEqual([anh.id]);
    expect(await ids(`q=${encodeURIComponent("Thị Ánh")}`)).toEqual([anh.id]);
    expect(await ids(`q=${encodeURIComponent("nguyễn")}`)).toHaveLength(2);
    expect(await ids("q=%25")).toEqual([]);
  });

  it("pages with a cursor, at most `limit` per page", async () => {
    const d = await createStaffTenant();
    for (const fullName of ["Ngô Văn An", "Ngô Văn Bình", "Ngô Văn Cảnh"]) await addOfficial(d, { fullName });
    const viewer = signIn(d, "viewer");
    const first = await ok(await viewer.get("/officials?limit=2"), pageOf(Official));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await ok(await viewer.get(`/officials?limit=2&cursor=${first.nextCursor}`), pageOf(Official));
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((o) => o.fullName))).toEqual(
      new Set(["Ngô Văn An", "Ngô Văn Bình", "Ngô Văn Cảnh"]),
    );
  });

  it("a viewer cannot write", async () => {
    const d = await createStaffTenant();
    const official = await addOfficial(d, { fullName: "Lý Thị Mai" });
    const viewer = signIn(d, "viewer");
    const attempts = [
      viewer.post("/officials", { fullName: "X Y", kind: "cadre" }),
      viewer.patch(`/officials/${official.id}`, { fullName: "Đổi Tên" }),
      viewer.post(`/officials/${official.id}/mark-left`),
    ];
    for (const res of await Promise.all(attempts)) await expectProblem(res, 403, "forbidden");
    expect(await ok(await viewer.get(`/officials/${official.id}`), Official)).toMatchObject({
      fullName: "Lý Thị Mai",
      status: "active",
    });
  });
});
