import { auditLog } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { Jwks } from "../workers/api/src/routes/auth/jwks";
import { Me } from "../workers/api/src/routes/auth/me";
import { TokenPair } from "../workers/api/src/routes/auth/session";
import { apiClient, ok } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createPlatformAdmin, createStaffTenant, TEST_PASSWORD } from "./fixtures/staff";

const anonymous = apiClient();

function login(body: Record<string, unknown>) {
  return anonymous.post("/v1/auth/login", body);
}

describe("POST /v1/auth/login", () => {
  it("issues an ES256 access token that verifies against the published JWKS", async () => {
    const d = await createStaffTenant();
    const res = await login({ tenant: d.tenant.slug, email: d.users.unit_head.email, password: TEST_PASSWORD });
    const tokens = await ok(res, TokenPair);
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect(tokens.refresh_token.length).toBeGreaterThanOrEqual(40);

    const jwks = await ok(await anonymous.get("/.well-known/jwks.json"), Jwks);
    const header = decodeProtectedHeader(tokens.access_token);
    expect(header.alg).toBe("ES256");
    expect(jwks.keys.map((k) => k.kid)).toContain(header.kid);
    const { payload } = await jwtVerify(tokens.access_token, createLocalJWKSet(jwks as never), {
      issuer: "urn:kycuong:api",
      audience: "urn:kycuong:staff",
    });
    expect(payload).toMatchObject({
      sub: d.users.unit_head.id,
      tid: d.tenant.slug,
      roles: ["unit_head"],
      unit: d.communeUnitId,
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(900);
  });

  it("logs a platform admin in without a tenant", async () => {
    const admin = await createPlatformAdmin();
    const tokens = await ok(await login({ email: admin.email, password: TEST_PASSWORD }), TokenPair);
    const me = apiClient({ token: tokens.access_token });
    expect(await ok(await me.get("/v1/auth/me"), Me)).toMatchObject({
      id: admin.id,
      tenant: null,
      roles: ["platform_admin"],
    });
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const d = await createStaffTenant();
    const wrong = await login({ tenant: d.tenant.slug, email: d.users.viewer.email, password: "not-the-password" });
    const unknown = await login({
      tenant: d.tenant.slug,
      email: "nobody@nowhere.example",
      password: "not-the-password",
    });
    const a = await expectProblem(wrong, 401, "invalid_credentials");
    const b = await expectProblem(unknown, 401, "invalid_credentials");
    expect({ ...a, requestId: "" }).toEqual({ ...b, requestId: "" });
  });

  it("does not let an account of one tenant log in to another", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const res = await login({ tenant: other.tenant.slug, email: d.users.viewer.email, password: TEST_PASSWORD });
    await expectProblem(res, 401, "invalid_credentials");
  });

  it("slows down repeated failures with 429 and Retry-After, for real and unknown emails alike", async () => {
    const d = await createStaffTenant();
    for (const email of [d.users.inspector.email, "ghost@nowhere.example"]) {
      for (let i = 0; i < 5; i++) {
        await expectProblem(
          await login({ tenant: d.tenant.slug, email, password: "wrong-password-1" }),
          401,
          "invalid_credentials",
        );
      }
      const throttled = await login({ tenant: d.tenant.slug, email, password: TEST_PASSWORD });
      await expectProblem(throttled, 429, "login_throttled");
      expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    }
  });

  it("records successful and failed logins in the audit log", async () => {
    const d = await createStaffTenant();
    await login({ tenant: d.tenant.slug, email: d.users.tenant_admin.email, password: "wrong-password-1" });
    await login({ tenant: d.tenant.slug, email: d.users.tenant_admin.email, password: TEST_PASSWORD });
    const rows = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityId, d.users.tenant_admin.id)));
    expect(rows.map((r) => r.action).sort()).toEqual(["auth.login", "auth.login_failed"]);
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
  });
});

describe("refresh tokens", () => {
  async function session() {
    const d = await createStaffTenant();
    const res = await login({ tenant: d.tenant.slug, email: d.users.party_office.email, password: TEST_PASSWORD });
    return { d, tokens: await ok(res, TokenPair) };
  }
  const refresh = (token: string) => anonymous.post("/v1/auth/refresh", { refresh_token: token });

  it("rotates on every refresh: a new pair each time", async () => {
    const { tokens } = await session();
    const next = await ok(await refresh(tokens.refresh_token), TokenPair);
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    await ok(await refresh(next.refresh_token), TokenPair);
  });

  it("revokes the whole family when a spent token is presented again", async () => {
    const { tokens } = await session();
    const next = await ok(await refresh(tokens.refresh_token), TokenPair);
    await expectProblem(await refresh(tokens.refresh_token), 401, "refresh_token_reused");
    // The legitimate holder's newer token died with the family.
    await expectProblem(await refresh(next.refresh_token), 401, "refresh_token_invalid");
  });

  it("logout revokes the session", async () => {
    const { tokens } = await session();
    const out = await anonymous.post("/v1/auth/logout", { refresh_token: tokens.refresh_token });
    expect(out.status).toBe(204);
    await expectProblem(await refresh(tokens.refresh_token), 401, "refresh_token_invalid");
  });
});
