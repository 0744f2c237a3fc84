import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { uniqueSlug } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { bearer, createPlatformAdmin, createStaffTenant } from "./fixtures/staff";

const json = { "content-type": "application/json" };

describe("platform operation", () => {
  it("a platform admin creates a tenant with settings, lists it and reads it", async () => {
    const admin = bearer(await (await createPlatformAdmin()).token());
    const slug = uniqueSlug("huyen");
    const created = await api("/v1/platform/tenants", {
      method: "POST",
      headers: { ...admin, ...json },
      body: JSON.stringify({
        slug,
        name: "Huyện Tư Nghĩa",
        level: "district",
        province: "Quảng Ngãi",
        settings: { trackingBookReminderThreshold: 3 },
      }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      slug,
      status: "active",
      timezone: "Asia/Ho_Chi_Minh",
      settings: { trackingBookReminderThreshold: 3, dialogueConclusionDeadlineMonths: 2, onTheSpotTarget: 0.83 },
    });
    const one = await api(`/v1/platform/tenants/${slug}`, { headers: admin });
    expect(await one.json()).toMatchObject({ slug, name: "Huyện Tư Nghĩa" });
    const again = await api("/v1/platform/tenants", {
      method: "POST",
      headers: { ...admin, ...json },
      body: JSON.stringify({ slug, name: "Trùng", level: "district", province: "Quảng Ngãi" }),
    });
    await expectProblem(again, 409, "tenant_slug_taken");
  });

  it("rejects invalid settings and writes nothing", async () => {
    const admin = bearer(await (await createPlatformAdmin()).token());
    const slug = uniqueSlug("bad");
    const res = await api("/v1/platform/tenants", {
      method: "POST",
      headers: { ...admin, ...json },
      body: JSON.stringify({
        slug,
        name: "Huyện X",
        level: "district",
        province: "Quảng Ngãi",
        settings: { onTheSpotTarget: 1.5 },
      }),
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.settings.onTheSpotTarget"]);
    await expectProblem(await api(`/v1/platform/tenants/${slug}`, { headers: admin }), 404, "tenant_not_found");
  });

  it("suspends a tenant: staff routes and the public profile answer 403, data stays; reactivating restores it", async () => {
    const admin = bearer(await (await createPlatformAdmin()).token());
    const d = await createStaffTenant();
    const staff = bearer(await d.token("viewer"));
    expect(
      (await api(`/v1/platform/tenants/${d.tenant.slug}/suspend`, { method: "POST", headers: admin })).status,
    ).toBe(200);
    await expectProblem(await api(`/v1/tenants/${d.tenant.slug}/units`, { headers: staff }), 403, "tenant_suspended");
    await expectProblem(await api(`/v1/public/tenants/${d.tenant.slug}`), 403, "tenant_suspended");
    expect(
      (await api(`/v1/platform/tenants/${d.tenant.slug}/reactivate`, { method: "POST", headers: admin })).status,
    ).toBe(200);
    const units = await api(`/v1/tenants/${d.tenant.slug}/units`, { headers: staff });
    expect((await units.json<{ items: unknown[] }>()).items).toHaveLength(3);
  });

  it("is closed to tenant staff, even tenant admins", async () => {
    const d = await createStaffTenant();
    await expectProblem(
      await api("/v1/platform/tenants", { headers: bearer(await d.token("tenant_admin")) }),
      403,
      "forbidden",
    );
  });

  it("lets a platform admin into any tenant's staff routes", async () => {
    const admin = bearer(await (await createPlatformAdmin()).token());
    const d = await createStaffTenant();
    expect((await api(`/v1/tenants/${d.tenant.slug}/units`, { headers: admin })).status).toBe(200);
  });
});
