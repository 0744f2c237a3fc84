import { env } from "cloudflare:test";
import { tenants } from "@kycuong/db";
import { Unit } from "@kycuong/domain/units";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { createApp } from "../workers/api/src/app";
import { apiClient, ok, pageOf } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { craftToken } from "./fixtures/tokens";

const SSO_ISSUER = "https://sso.quangngai.example";
const SSO_AUDIENCE = "kycuong";

/**
 * The Worker as the dev stack runs it (ENVIRONMENT=dev), the only place a
 * JWKS may be fetched over plain http from a loopback stand-in.
 */
const app = createApp();
const devStack = (path: string, init: RequestInit) =>
  Promise.resolve(app.request(`http://api.test${path}`, init, { ...env, ENVIRONMENT: "dev" }));

/**
 * A tenant that trusts the province SSO stand-in (a real HTTP server on
 * loopback serving its JWKS), written straight to the database as the dev
 * stack's seed would: the API accepts only https JWKS URLs on public hosts.
 */
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

type SsoOverrides = { aud?: string; expiresIn?: number | null; issuedAt?: number | null };

const ssoToken = (email: string, overrides: SsoOverrides = {}) =>
  craftToken({
    ...overrides,
    sub: `sso|${email}`,
    key: "idpSigningKey",
    iss: SSO_ISSUER,
    aud: overrides.aud ?? SSO_AUDIENCE,
    claims: { email },
  });

/** The tenant's staff API on the dev stack, bearing the provider's token for `email`. */
const viaSso = (d: StaffTenant, email: string, overrides: SsoOverrides = {}) =>
  apiClient({ base: `/v1/tenants/${d.tenant.slug}`, token: () => ssoToken(email, overrides), fetch: devStack });

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

  it("rejects a provider token without exp or iat, or issued more than an hour ago", async () => {
    const d = await tenantWithSso();
    const email = d.users.viewer.email;
    await expectProblem(await viaSso(d, email, { expiresIn: null }).get("/units"), 401, "token_invalid");
    await expectProblem(await viaSso(d, email, { issuedAt: null }).get("/units"), 401, "token_invalid");
    const old = viaSso(d, email, { issuedAt: -61 * 60, expiresIn: 60 * 60 });
    await expectProblem(await old.get("/units"), 401, "token_expired");
  });

  it("outside the dev stack, never fetches keys from a plain-http or loopback JWKS URL (even one stored before)", async () => {
    const d = await tenantWithSso();
    const production = apiClient({
      base: `/v1/tenants/${d.tenant.slug}`,
      token: () => ssoToken(d.users.viewer.email),
    });
    await expectProblem(await production.get("/units"), 401, "token_keys_unavailable");
  });
});
