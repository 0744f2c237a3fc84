import { tenants, users } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { Jwks } from "../workers/api/src/routes/auth/jwks";
import { Me } from "../workers/api/src/routes/auth/me";
import { TokenPair } from "../workers/api/src/routes/auth/session";
import { apiClient, logIn, ok } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, startSession, TEST_PASSWORD } from "./fixtures/staff";
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
    const sid = await startSession(d.users.viewer.id, d.tenant.id);
    const token = await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, sid });
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
    const sid = await startSession(d.users.viewer.id, d.tenant.id);
    await expectRejected(await craftToken({ sub: d.users.viewer.id, tid: other.tenant.slug, sid }), "unknown_user");
    await expectRejected(await craftToken({ sub: d.users.viewer.id, sid }), "unknown_user");
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
    const sid = await startSession(d.users.viewer.id, d.tenant.id);
    const token = await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, sid, key: "previousSigningKey" });
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

describe("token age (issue 13, defect 4)", () => {
  /** The viewer's claims in a live session: a token made from them is accepted unless a test changes one thing. */
  async function viewerInSession() {
    const d = await createStaffTenant();
    return { sub: d.users.viewer.id, tid: d.tenant.slug, sid: await startSession(d.users.viewer.id, d.tenant.id) };
  }

  it("accepts the viewer's claims as they are (so each rejection below is about its one change)", async () => {
    await ok(await apiClient({ token: await craftToken(await viewerInSession()) }).get("/v1/auth/me"), Me);
  });

  it("rejects a token without exp, or without iat", async () => {
    const claims = await viewerInSession();
    await expectRejected(await craftToken({ ...claims, expiresIn: null }), "token_invalid");
    await expectRejected(await craftToken({ ...claims, issuedAt: null }), "token_invalid");
  });

  it("rejects a token issued longer ago than an access token lives (15 min), even with exp still ahead", async () => {
    const claims = await viewerInSession();
    await expectRejected(await craftToken({ ...claims, issuedAt: -16 * 60, expiresIn: 60 }), "token_expired");
  });

  it("rejects a token meant to live longer than an access token (exp - iat > 15 min)", async () => {
    const claims = await viewerInSession();
    await expectRejected(await craftToken({ ...claims, expiresIn: 16 * 60 }), "token_invalid");
  });
});

describe("access after logout (issue 13, defect 4)", () => {
  async function loggedIn() {
    const d = await createStaffTenant();
    const res = await apiClient().post("/v1/auth/login", {
      tenant: d.tenant.slug,
      email: d.users.viewer.email,
      password: TEST_PASSWORD,
    });
    return { d, tokens: await ok(res, TokenPair) };
  }

  it("ends the access token at once when its session logs out", async () => {
    const { d, tokens } = await loggedIn();
    const staff = apiClient({ token: tokens.access_token });
    await ok(await staff.get("/v1/auth/me"), Me);
    const out = await apiClient().post("/v1/auth/logout", { refresh_token: tokens.refresh_token });
    expect(out.status).toBe(204);
    await expectRejected(tokens.access_token, "token_revoked");
    await expectRejected(tokens.access_token, "token_revoked", `/v1/tenants/${d.tenant.slug}/units`);
  });

  it("ends only that session: another login of the same account keeps working", async () => {
    const { d, tokens } = await loggedIn();
    const other = await logIn({ tenant: d.tenant.slug, email: d.users.viewer.email, password: TEST_PASSWORD });
    await apiClient().post("/v1/auth/logout", { refresh_token: tokens.refresh_token });
    await ok(await other.get("/v1/auth/me"), Me);
  });

  it("ends the access tokens of a session revoked for refresh-token reuse", async () => {
    const { tokens } = await loggedIn();
    const refresh = (token: string) => apiClient().post("/v1/auth/refresh", { refresh_token: token });
    const next = await ok(await refresh(tokens.refresh_token), TokenPair);
    await ok(await apiClient({ token: next.access_token }).get("/v1/auth/me"), Me);
    await expectProblem(await refresh(tokens.refresh_token), 401, "refresh_token_reused");
    await expectRejected(next.access_token, "token_revoked");
  });

  it("rejects our token without a session (sid), and one whose session does not exist", async () => {
    const d = await createStaffTenant();
    await expectRejected(await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug }), "token_invalid");
    await expectRejected(
      await craftToken({ sub: d.users.viewer.id, tid: d.tenant.slug, sid: "0190aaaa-0000-7000-8000-000000000000" }),
      "token_revoked",
    );
  });
});
