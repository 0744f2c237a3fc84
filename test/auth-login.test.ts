import { auditLog } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { bearer, createPlatformAdmin, createStaffTenant, TEST_PASSWORD } from "./fixtures/staff";

const json = { "content-type": "application/json" };

async function login(body: Record<string, unknown>) {
  return api("/v1/auth/login", { method: "POST", headers: json, body: JSON.stringify(body) });
}

interface Tokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
}

describe("POST /v1/auth/login", () => {
  it("issues an ES256 access token that verifies against the published JWKS", async () => {
    const d = await createStaffTenant();
    const res = await login({ tenant: d.tenant.slug, email: d.users.unit_head.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const tokens = await res.json<Tokens>();
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect(tokens.refresh_token.length).toBeGreaterThanOrEqual(40);

    const jwks = await (await api("/.well-known/jwks.json")).json<{ keys: { kid: string }[] }>();
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
    const res = await login({ email: admin.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const me = await api("/v1/auth/me", { headers: bearer((await res.json<Tokens>()).access_token) });
    expect(await me.json()).toMatchObject({ id: admin.id, tenant: null, roles: ["platform_admin"] });
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
    return { d, tokens: await res.json<Tokens>() };
  }
  const refresh = (token: string) =>
    api("/v1/auth/refresh", { method: "POST", headers: json, body: JSON.stringify({ refresh_token: token }) });

  it("rotates on every refresh: a new pair each time", async () => {
    const { tokens } = await session();
    const res = await refresh(tokens.refresh_token);
    expect(res.status).toBe(200);
    const next = await res.json<Tokens>();
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect((await refresh(next.refresh_token)).status).toBe(200);
  });

  it("revokes the whole family when a spent token is presented again", async () => {
    const { tokens } = await session();
    const next = await (await refresh(tokens.refresh_token)).json<Tokens>();
    await expectProblem(await refresh(tokens.refresh_token), 401, "refresh_token_reused");
    // The legitimate holder's newer token died with the family.
    await expectProblem(await refresh(next.refresh_token), 401, "refresh_token_invalid");
  });

  it("logout revokes the session", async () => {
    const { tokens } = await session();
    const out = await api("/v1/auth/logout", {
      method: "POST",
      headers: json,
      body: JSON.stringify({ refresh_token: tokens.refresh_token }),
    });
    expect(out.status).toBe(204);
    await expectProblem(await refresh(tokens.refresh_token), 401, "refresh_token_invalid");
  });
});
