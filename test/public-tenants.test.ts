import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { insertTenant } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";

describe("GET /v1/public/tenants/{slug}", () => {
  it("shows an active tenant's public profile and nothing internal", async () => {
    const tenant = await insertTenant({ name: "Huyện Bình Sơn", settings: { alertHourLocal: 6 } });
    const res = await api(`/v1/public/tenants/${tenant.slug}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      slug: tenant.slug,
      name: "Huyện Bình Sơn",
      level: "district",
      province: "Quảng Ngãi",
      timezone: "Asia/Ho_Chi_Minh",
    });
  });

  it("answers 404 for a tenant that does not exist", async () => {
    await expectProblem(await api("/v1/public/tenants/khong-ton-tai"), 404, "tenant_not_found");
  });

  it("answers 403 tenant_suspended for a suspended tenant", async () => {
    const tenant = await insertTenant({ status: "suspended" });
    await expectProblem(await api(`/v1/public/tenants/${tenant.slug}`), 403, "tenant_suspended");
  });
});
