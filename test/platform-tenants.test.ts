import { TenantAdminView } from "@kycuong/domain/tenants";
import { Unit } from "@kycuong/domain/units";
import { describe, expect, it } from "vitest";
import { apiClient, created, ok, pageOf, signIn } from "./fixtures/client";
import { uniqueSlug } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createPlatformAdmin, createStaffTenant } from "./fixtures/staff";

/** The platform API (`/v1/platform`) as a fresh platform admin. */
async function platformAdmin() {
  const admin = await createPlatformAdmin();
  return apiClient({ base: "/v1/platform", token: () => admin.token() });
}

describe("platform operation", () => {
  it("a platform admin creates a tenant with settings, lists it and reads it", async () => {
    const admin = await platformAdmin();
    const slug = uniqueSlug("huyen");
    const tenant = await created(
      await admin.post("/tenants", {
        slug,
        name: "Huyện Tư Nghĩa",
        level: "district",
        province: "Quảng Ngãi",
        settings: { trackingBookReminderThreshold: 3 },
      }),
      TenantAdminView,
    );
    expect(tenant).toMatchObject({
      slug,
      status: "active",
      timezone: "Asia/Ho_Chi_Minh",
      settings: { trackingBookReminderThreshold: 3, dialogueConclusionDeadlineMonths: 2, onTheSpotTarget: 0.83 },
    });
    expect(await ok(await admin.get(`/tenants/${slug}`), TenantAdminView)).toMatchObject({
      slug,
      name: "Huyện Tư Nghĩa",
    });
    const again = await admin.post("/tenants", { slug, name: "Trùng", level: "district", province: "Quảng Ngãi" });
    await expectProblem(again, 409, "tenant_slug_taken");
  });

  it("rejects invalid settings and writes nothing", async () => {
    const admin = await platformAdmin();
    const slug = uniqueSlug("bad");
    const res = await admin.post("/tenants", {
      slug,
      name: "Huyện X",
      level: "district",
      province: "Quảng Ngãi",
      settings: { onTheSpotTarget: 1.5 },
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.settings.onTheSpotTarget"]);
    await expectProblem(await admin.get(`/tenants/${slug}`), 404, "tenant_not_found");
  });

  it("refuses an identity provider whose JWKS URL is not https on a public host (the cloud metadata address)", async () => {
    const admin = await platformAdmin();
    const slug = uniqueSlug("idp");
    const identityProvider = {
      issuer: "https://sso.quangngai.gov.vn",
      audience: "kycuong",
      jwksUrl: "http://169.254.169.254/latest/meta-data/",
    };
    const res = await admin.post("/tenants", {
      slug,
      name: "Huyện Y",
      level: "district",
      province: "Quảng Ngãi",
      settings: { identityProvider },
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.settings.identityProvider.jwksUrl"]);
    await expectProblem(await admin.get(`/tenants/${slug}`), 404, "tenant_not_found");
  });

  it("suspends a tenant: staff routes and the public profile answer 403, data stays; reactivating restores it", async () => {
    const admin = await platformAdmin();
    const d = await createStaffTenant();
    const staff = signIn(d, "viewer");
    expect(await ok(await admin.post(`/tenants/${d.tenant.slug}/suspend`), TenantAdminView)).toMatchObject({
      status: "suspended",
    });
    await expectProblem(await staff.get("/units"), 403, "tenant_suspended");
    await expectProblem(await apiClient().get(`/v1/public/tenants/${d.tenant.slug}`), 403, "tenant_suspended");
    expect(await ok(await admin.post(`/tenants/${d.tenant.slug}/reactivate`), TenantAdminView)).toMatchObject({
      status: "active",
    });
    expect((await ok(await staff.get("/units"), pageOf(Unit))).items).toHaveLength(3);
  });

  it("is closed to tenant staff, even tenant admins", async () => {
    const d = await createStaffTenant();
    await expectProblem(await signIn(d, "tenant_admin").at("/v1/platform").get("/tenants"), 403, "forbidden");
  });

  it("lets a platform admin into any tenant's staff routes", async () => {
    const admin = await platformAdmin();
    const d = await createStaffTenant();
    await ok(await admin.at(`/v1/tenants/${d.tenant.slug}`).get("/units"), pageOf(Unit));
  });
});
