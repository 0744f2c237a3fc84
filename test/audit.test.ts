import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { expectProblem } from "./fixtures/problem";
import { bearer, createStaffTenant, type StaffTenant } from "./fixtures/staff";

interface AuditItem {
  id: string;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, [unknown, unknown]> | null;
  at: string;
}

interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}

async function adminHeaders(d: StaffTenant) {
  return { ...bearer(await d.token("tenant_admin")), "content-type": "application/json" };
}

/** A unit created, renamed and deactivated through the API: three audit entries. */
async function unitWithHistory(d: StaffTenant): Promise<string> {
  const headers = await adminHeaders(d);
  const base = `/v1/tenants/${d.tenant.slug}/units`;
  const created = await api(base, {
    method: "POST",
    headers,
    body: JSON.stringify({ kind: "department", name: "Phòng Tư pháp", code: `PTP-${d.tenant.slug.slice(-4)}` }),
  });
  const { id } = await created.json<{ id: string }>();
  await api(`${base}/${id}`, { method: "PATCH", headers, body: JSON.stringify({ name: "Phòng Tư pháp huyện" }) });
  await api(`${base}/${id}/deactivate`, { method: "POST", headers });
  return id;
}

async function auditPage(d: StaffTenant, query: string): Promise<AuditPage> {
  const res = await api(`/v1/tenants/${d.tenant.slug}/audit?${query}`, { headers: await adminHeaders(d) });
  expect(res.status).toBe(200);
  return res.json<AuditPage>();
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
    const path = `/v1/tenants/${d.tenant.slug}/audit`;
    await expectProblem(await api(path, { headers: bearer(await d.token("viewer")) }), 403, "forbidden");
    await expectProblem(await api(path, { headers: bearer(await d.token("party_office")) }), 403, "forbidden");
    for (const method of ["DELETE", "PATCH", "PUT", "POST"]) {
      const res = await api(path, { method, headers: await adminHeaders(d), body: "{}" });
      expect(res.status, method).toBe(405);
    }
    await expectProblem(
      await api(`${path}?cursor=not-a-cursor`, { headers: await adminHeaders(d) }),
      400,
      "invalid_cursor",
    );
  });
});
