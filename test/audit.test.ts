import { AuditRecord } from "@kycuong/domain/audit";
import { Unit } from "@kycuong/domain/units";
import { describe, expect, it } from "vitest";
import { created, ok, pageOf, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

/** A unit created, renamed and deactivated through the API: three audit entries. */
async function unitWithHistory(d: StaffTenant): Promise<string> {
  const admin = signIn(d, "tenant_admin");
  const { id } = await created(
    await admin.post("/units", { kind: "department", name: "Phòng Tư pháp", code: `PTP-${d.tenant.slug.slice(-4)}` }),
    Unit,
  );
  await ok(await admin.patch(`/units/${id}`, { name: "Phòng Tư pháp huyện" }), Unit);
  await ok(await admin.post(`/units/${id}/deactivate`), Unit);
  return id;
}

async function auditPage(d: StaffTenant, query: string) {
  return ok(await signIn(d, "tenant_admin").get(`/audit?${query}`), pageOf(AuditRecord));
}

describe("audit log", () => {
  it("lists a unit's history newest first, with who changed what", async () => {
    const d = await createStaffTenant();
    const unitId = await unitWithHistory(d);
    const page = await auditPage(d, `entity=unit&id=${unitId}`);
    expect(page.items.map((e) => e.action)).toEqual(["unit.deactivated", "unit.updated", "unit.created"]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[1]).toMatchObject({
      actorType: "user",
      actorId: d.users.tenant_admin.id,
      entityType: "unit",
      entityId: unitId,
      changes: { name: ["Phòng Tư pháp", "Phòng Tư pháp huyện"] },
    });
    const times = page.items.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("pages backwards in time with a cursor", async () => {
    const d = await createStaffTenant();
    const unitId = await unitWithHistory(d);
    const first = await auditPage(d, `entity=unit&id=${unitId}&limit=2`);
    expect(first.items.map((e) => e.action)).toEqual(["unit.deactivated", "unit.updated"]);
    const second = await auditPage(d, `entity=unit&id=${unitId}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((e) => e.action)).toEqual(["unit.created"]);
    expect(second.nextCursor).toBeNull();
  });

  it("never shows another tenant's entries", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    await unitWithHistory(mine);
    const theirUnit = await unitWithHistory(theirs);

    expect((await auditPage(mine, `entity=unit&id=${theirUnit}`)).items).toEqual([]);
    const everything = await auditPage(mine, "limit=100");
    expect(everything.items.length).toBeGreaterThanOrEqual(3);
    expect(everything.items.map((e) => e.entityId)).not.toContain(theirUnit);
    expect((await auditPage(theirs, `entity=unit&id=${theirUnit}`)).items).toHaveLength(3);
  });

  it("is for tenant admins only, and cannot be changed through the API", async () => {
    const d = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    await expectProblem(await signIn(d, "viewer").get("/audit"), 403, "forbidden");
    await expectProblem(await signIn(d, "party_office").get("/audit"), 403, "forbidden");
    for (const method of ["DELETE", "PATCH", "PUT", "POST"]) {
      const res = await admin.send(method, "/audit", {});
      expect(res.status, method).toBe(405);
    }
    await expectProblem(await admin.get("/audit?cursor=not-a-cursor"), 400, "invalid_cursor");
  });
});
