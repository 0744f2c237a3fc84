import { tenants, users } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { Jwks } from "../workers/api/src/routes/auth/jwks";
import { Me } from "../workers/api/src/routes/auth/me";
import { apiClient, ok } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";
import { craftToken, unsignedToken } from "./fixtures/tokens";

/** Every rejection is a 401 problem with its own code, never a 500. */
async function expectRejected(token: string, code: string, path = "/v1/auth/me") {
  const res = await apiClient({ token }).get(path);
  await expectProblem(res, 401, code);
  expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
}

describe("access token verification", () => {
  it("accepts a valid token", async () => {
    const d = await createStaffTenant();
    const token = await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug });
    expect(await ok(await apiClient({ token }).get("/v1/auth/me"), Me)).toMatchObject({ id: d.users.viewer.id });
  });

  it("rejects a missing or non-bearer Authorization header", async () => {
    const anonymous = apiClient();
    await expectProblem(await anonymous.get("/v1/auth/me"), 401, "token_missing");
    await expectProblem(
      await anonymous.get("/v1/auth/me", { headers: { Authorization: "Basic YTpi" } }),
      401,
      "token_missing",
    );
  });

  it("rejects a malformed token", async () => {
    await expectRejected("not.a-token", "token_malformed");
  });

  it("rejects alg none", async () => {
    const d = await createStaffTenant();
    await expectRejected(unsignedToken(d.users.viewer.id), "token_algorithm_not_allowed");
  });

  it("rejects an algorithm other than ES256 (HS256 with the public key as secret)", async () => {
    const d = await createStaffTenant();
    const jwks = await (await apiClient().get("/.well-known/jwks.json")).text();
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid: "test-current" })
      .setIssuer("urn:kycuong:api")
      .setAudience("urn:kycuong:staff")
      .setSubject(d.users.viewer.id)
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(jwks));
    await expectRejected(token, "token_algorithm_not_allowed");
  });

  it("rejects a bad signature", async () => {
    const d = await createStaffTenant();
    const token = await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug });
    const [header, payload, signature] = token.split(".");
    const tampered = `${header}.${payload}.${signature?.startsWith("A") ? "B" : "A"}${signature?.slice(1)}`;
    await expectRejected(tampered, "token_bad_signature");
  });

  it("rejects expired and not-yet-valid tokens", async () => {
    const d = await createStaffTenant();
    await expectRejected(
      await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, expiresIn: -60 }),
      "token_expired",
    );
    await expectRejected(
      await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, notBefore: 600 }),
      "token_not_yet_valid",
    );
  });

  it("rejects a wrong issuer or audience", async () => {
    const d = await createStaffTenant();
    await expectRejected(
      await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, iss: "urn:someone-else" }),
      "token_wrong_issuer",
      `/v1/tenants/${d.tenant.slug}/units`,
    );
    await expectRejected(
      await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, aud: "urn:other-app" }),
      "token_wrong_audience",
    );
  });

  it("rejects a token whose tenant claim is not its account's tenant", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    await expectRejected(await craftToken({ sub: d.users.viewer.id, tid: other.tenant.slug }), "unknown_user");
    await expectRejected(await craftToken({ sub: d.users.viewer.id }), "unknown_user");
  });

  it("rejects an unknown kid", async () => {
    const d = await createStaffTenant();
    await expectRejected(
      await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, kid: "retired-2019" }),
      "token_unknown_key",
    );
  });

  it("accepts a token signed with a previous key still published for rotation", async () => {
    const d = await createStaffTenant();
    const jwks = await ok(await apiClient().get("/.well-known/jwks.json"), Jwks);
    expect(jwks.keys.map((k) => k.kid)).toEqual(["test-current", "test-previous"]);
    const token = await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, key: "previousSigningKey" });
    await ok(await apiClient({ token }).get("/v1/auth/me"), Me);
  });

  it("rejects the token of a disabled user at once", async () => {
    const d = await createStaffTenant();
    const token = await d.token("viewer");
    await testDb().update(users).set({ status: "disabled" }).where(eq(users.id, d.users.viewer.id));
    await expectRejected(token, "user_disabled");
  });

  it("refuses a suspended tenant's staff: 401 outside the tenant, 403 tenant_suspended inside", async () => {
    const d = await createStaffTenant();
    const token = await d.token("tenant_admin");
    await testDb().update(tenants).set({ status: "suspended" }).where(eq(tenants.id, d.tenant.id));
    await expectRejected(token, "tenant_suspended");
    const staff = apiClient({ base: `/v1/tenants/${d.tenant.slug}`, token });
    await expectProblem(await staff.get("/units"), 403, "tenant_suspended");
  });
});
