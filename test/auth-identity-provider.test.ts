import { tenants } from "@kycuong/db";
import { Unit } from "@kycuong/domain/units";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { apiClient, ok, pageOf } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { craftToken } from "./fixtures/tokens";

const SSO_ISSUER = "https://sso.quangngai.example";
const SSO_AUDIENCE = "kycuong";

/** A tenant that trusts the province SSO stand-in (a real HTTP server serving its JWKS). */
async function tenantWithSso() {
  const d = await createStaffTenant();
  await testDb()
    .update(tenants)
    .set({
      settings: {
        identityProvider: {
          issuer: SSO_ISSUER,
          audience: SSO_AUDIENCE,
          jwksUrl: inject("idpJwksUrl"),
          algorithms: ["RS256"],
        },
      },
    })
    .where(eq(tenants.id, d.tenant.id));
  return d;
}

const ssoToken = (email: string, overrides: { aud?: string } = {}) =>
  craftToken({
    sub: `sso|${email}`,
    key: "idpSigningKey",
    iss: SSO_ISSUER,
    aud: overrides.aud ?? SSO_AUDIENCE,
    claims: { email },
  });

/** The tenant's staff API, bearing the provider's token for `email`. */
const viaSso = (d: StaffTenant, email: string, overrides: { aud?: string } = {}) =>
  apiClient({ base: `/v1/tenants/${d.tenant.slug}`, token: () => ssoToken(email, overrides) });

describe("a tenant's own identity provider", () => {
  it("lets staff in with the provider's token, mapped to their account by email", async () => {
    const d = await tenantWithSso();
    const units = await ok(await viaSso(d, d.users.viewer.email).get("/units"), pageOf(Unit));
    expect(units.items).toHaveLength(3);
  });

  it("keeps the roles of the mapped account (a viewer still cannot write)", async () => {
    const d = await tenantWithSso();
    const res = await viaSso(d, d.users.viewer.email).post("/units", {
      kind: "other",
      name: "Tổ công tác",
      code: "TCT",
    });
    await expectProblem(res, 403, "forbidden");
  });

  it("rejects a provider token with the wrong audience", async () => {
    const d = await tenantWithSso();
    const res = await viaSso(d, d.users.viewer.email, { aud: "another-app" }).get("/units");
    await expectProblem(res, 401, "token_wrong_audience");
  });

  it("rejects a provider token for an email with no staff account", async () => {
    const d = await tenantWithSso();
    const res = await viaSso(d, "stranger@quangngai.example").get("/units");
    await expectProblem(res, 401, "unknown_user");
  });

  it("is not trusted by a tenant that has not configured it", async () => {
    const d = await createStaffTenant();
    const res = await viaSso(d, d.users.viewer.email).get("/units");
    await expectProblem(res, 401, "token_wrong_issuer");
  });
});
