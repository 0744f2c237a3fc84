import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { expectProblem } from "./fixtures/problem";
import { bearer, createStaffTenant, type StaffTenant } from "./fixtures/staff";

interface UserBody {
  id: string;
  email: string;
  displayName: string;
  unitId: string | null;
  roles: string[];
  status: string;
}

interface AuditBody {
  items: { action: string; changes: Record<string, [unknown, unknown]> | null }[];
}

const STRONG_PASSWORD = "mat-khau-du-dai-2026";

async function adminHeaders(d: StaffTenant) {
  return { ...bearer(await d.token("tenant_admin")), "content-type": "application/json" };
}

async function postUser(d: StaffTenant, body: Record<string, unknown>, headers?: Record<string, string>) {
  return api(`/v1/tenants/${d.tenant.slug}/users`, {
    method: "POST",
    headers: headers ?? (await adminHeaders(d)),
    body: JSON.stringify({ displayName: "Nguyễn Văn An", roles: ["inspector"], password: STRONG_PASSWORD, ...body }),
  });
}

async function login(d: StaffTenant, email: string, password: string) {
  return api("/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tenant: d.tenant.slug, email, password }),
  });
}

async function emailsOf(d: StaffTenant): Promise<string[]> {
  const res = await api(`/v1/tenants/${d.tenant.slug}/users?limit=100`, { headers: await adminHeaders(d) });
  return (await res.json<{ items: UserBody[] }>()).items.map((u) => u.email);
}

describe("staff accounts", () => {
  it("a tenant admin creates an account that can then log in; no hash is shown or audited", async () => {
    const d = await createStaffTenant();
    const created = await postUser(d, { email: "An.Nguyen@Example.VN" });
    expect(created.status).toBe(201);
    const user = await created.json<UserBody & Record<string, unknown>>();
    expect(user).toMatchObject({ email: "an.nguyen@example.vn", roles: ["inspector"], status: "active" });
    expect(user).not.toHaveProperty("passwordHash");

    const res = await login(d, "an.nguyen@example.vn", STRONG_PASSWORD);
    expect(res.status).toBe(200);
    const { access_token } = await res.json<{ access_token: string }>();
    const me = await api("/v1/auth/me", { headers: bearer(access_token) });
    expect(await me.json()).toMatchObject({ id: user.id, tenant: d.tenant.slug, roles: ["inspector"] });

    const read = await api(`/v1/tenants/${d.tenant.slug}/users/${user.id}`, { headers: await adminHeaders(d) });
    expect(JSON.stringify(await read.json())).not.toMatch(/passwordHash|pbkdf2/);

    const audit = await api(`/v1/tenants/${d.tenant.slug}/audit?entity=user&id=${user.id}`, {
      headers: await adminHeaders(d),
    });
    const entries = (await audit.json<AuditBody>()).items;
    const createdEntry = entries.find((e) => e.action === "user.created");
    expect(createdEntry?.changes).toMatchObject({ email: [null, "an.nguyen@example.vn"] });
    expect(JSON.stringify(entries)).not.toMatch(/passwordHash|pbkdf2/);
  });

  it("refuses a weak password with errors on body.password and writes nothing", async () => {
    const d = await createStaffTenant();
    const short = await expectProblem(
      await postUser(d, { email: "short@example.vn", password: "ngan" }),
      400,
      "validation_failed",
    );
    expect(short.errors?.map((e) => e.path)).toContain("body.password");
    const sameAsEmail = await expectProblem(
      await postUser(d, { email: "thanh.tra.vien@example.vn", password: "thanh.tra.vien@example.vn" }),
      400,
      "validation_failed",
    );
    expect(sameAsEmail.errors).toEqual([{ path: "body.password", message: expect.stringContaining("email") }]);
    const emails = await emailsOf(d);
    expect(emails).not.toContain("short@example.vn");
    expect(emails).not.toContain("thanh.tra.vien@example.vn");
  });

  it("refuses a second account with the same email, whatever its case, with 409", async () => {
    const d = await createStaffTenant();
    expect((await postUser(d, { email: "trung@example.vn" })).status).toBe(201);
    const problem = await expectProblem(await postUser(d, { email: "TRUNG@example.vn" }), 409, "user_email_taken");
    expect(problem.errors?.[0]?.path).toBe("body.email");
    expect((await emailsOf(d)).filter((e) => e === "trung@example.vn")).toHaveLength(1);
  });

  it("requires a unit for a unit head, and a unit of this tenant", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const missing = await expectProblem(
      await postUser(d, { email: "head@example.vn", roles: ["unit_head"] }),
      400,
      "validation_failed",
    );
    expect(missing.errors?.[0]?.path).toBe("body.unitId");
    const foreign = await expectProblem(
      await postUser(d, { email: "head@example.vn", roles: ["unit_head"], unitId: other.communeUnitId }),
      400,
      "invalid_reference",
    );
    expect(foreign.errors?.[0]?.path).toBe("body.unitId");
    const ok = await postUser(d, { email: "head@example.vn", roles: ["unit_head"], unitId: d.communeUnitId });
    expect(ok.status).toBe(201);

    const head = await ok.json<UserBody>();
    const unbound = await api(`/v1/tenants/${d.tenant.slug}/users/${head.id}`, {
      method: "PATCH",
      headers: await adminHeaders(d),
      body: JSON.stringify({ unitId: null }),
    });
    await expectProblem(unbound, 400, "validation_failed");
  });

  it("never grants platform_admin through a tenant route", async () => {
    const d = await createStaffTenant();
    const problem = await expectProblem(
      await postUser(d, { email: "boss@example.vn", roles: ["tenant_admin", "platform_admin"] }),
      400,
      "validation_failed",
    );
    expect(problem.errors?.[0]?.path).toBe("body.roles.1");
    const promote = await api(`/v1/tenants/${d.tenant.slug}/users/${d.users.viewer.id}`, {
      method: "PATCH",
      headers: await adminHeaders(d),
      body: JSON.stringify({ roles: ["platform_admin"] }),
    });
    await expectProblem(promote, 400, "validation_failed");
    expect(await emailsOf(d)).not.toContain("boss@example.vn");
  });

  it("lets a viewer list but not create, and a hotline officer not even list", async () => {
    const d = await createStaffTenant();
    const viewer = bearer(await d.token("viewer"));
    const list = await api(`/v1/tenants/${d.tenant.slug}/users`, { headers: viewer });
    expect(list.status).toBe(200);
    await expectProblem(
      await postUser(d, { email: "x@example.vn" }, { ...viewer, "content-type": "application/json" }),
      403,
      "forbidden",
    );
    const hotline = bearer(await d.token("hotline_officer"));
    await expectProblem(await api(`/v1/tenants/${d.tenant.slug}/users`, { headers: hotline }), 403, "forbidden");
  });

  it("filters by role and status, pages with a cursor, and hides other tenants' accounts", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const auth = await adminHeaders(d);
    const byRole = await api(`/v1/tenants/${d.tenant.slug}/users?role=unit_head`, { headers: auth });
    expect((await byRole.json<{ items: UserBody[] }>()).items.map((u) => u.id)).toEqual([d.users.unit_head.id]);

    await api(`/v1/tenants/${d.tenant.slug}/users/${d.users.viewer.id}/deactivate`, { method: "POST", headers: auth });
    const disabled = await api(`/v1/tenants/${d.tenant.slug}/users?status=disabled`, { headers: auth });
    expect((await disabled.json<{ items: UserBody[] }>()).items.map((u) => u.id)).toEqual([d.users.viewer.id]);

    const first = await (await api(`/v1/tenants/${d.tenant.slug}/users?limit=4`, { headers: auth })).json<{
      items: UserBody[];
      nextCursor: string | null;
    }>();
    const second = await (
      await api(`/v1/tenants/${d.tenant.slug}/users?limit=4&cursor=${first.nextCursor}`, { headers: auth })
    ).json<{ items: UserBody[]; nextCursor: string | null }>();
    expect([first.items.length, second.items.length, second.nextCursor]).toEqual([4, 2, null]);
    const ids = [...first.items, ...second.items].map((u) => u.id);
    expect(new Set(ids)).toEqual(new Set(Object.values(d.users).map((u) => u.id)));

    await expectProblem(
      await api(`/v1/tenants/${d.tenant.slug}/users/${other.users.viewer.id}`, { headers: auth }),
      404,
      "user_not_found",
    );
  });

  it("a deactivated account can no longer log in, and its live access token stops working", async () => {
    const d = await createStaffTenant();
    const user = await (await postUser(d, { email: "roi-di@example.vn" })).json<UserBody>();
    const { access_token } = await (await login(d, "roi-di@example.vn", STRONG_PASSWORD)).json<{
      access_token: string;
    }>();
    expect((await api("/v1/auth/me", { headers: bearer(access_token) })).status).toBe(200);

    const res = await api(`/v1/tenants/${d.tenant.slug}/users/${user.id}/deactivate`, {
      method: "POST",
      headers: await adminHeaders(d),
    });
    expect(await res.json()).toMatchObject({ id: user.id, status: "disabled" });

    await expectProblem(await api("/v1/auth/me", { headers: bearer(access_token) }), 401, "user_disabled");
    await expectProblem(await login(d, "roi-di@example.vn", STRONG_PASSWORD), 401, "invalid_credentials");
    const read = await api(`/v1/tenants/${d.tenant.slug}/users/${user.id}`, { headers: await adminHeaders(d) });
    expect(await read.json()).toMatchObject({ status: "disabled" });
  });

  it("a tenant admin cannot disable themself or drop their own admin role", async () => {
    const d = await createStaffTenant();
    const self = `/v1/tenants/${d.tenant.slug}/users/${d.users.tenant_admin.id}`;
    const auth = await adminHeaders(d);
    await expectProblem(await api(`${self}/deactivate`, { method: "POST", headers: auth }), 400, "cannot_demote_self");
    const demote = await api(self, { method: "PATCH", headers: auth, body: JSON.stringify({ roles: ["viewer"] }) });
    await expectProblem(demote, 400, "cannot_demote_self");
    const read = await api(self, { headers: auth });
    expect(await read.json()).toMatchObject({ status: "active", roles: ["tenant_admin"] });

    const rename = await api(self, {
      method: "PATCH",
      headers: auth,
      body: JSON.stringify({ displayName: "Quản trị viên", roles: ["tenant_admin", "viewer"] }),
    });
    expect(await rename.json()).toMatchObject({ displayName: "Quản trị viên", roles: ["tenant_admin", "viewer"] });
  });

  it("a new password replaces the old one and is audited only as a flag", async () => {
    const d = await createStaffTenant();
    const user = await (await postUser(d, { email: "doi-mk@example.vn" })).json<UserBody>();
    const auth = await adminHeaders(d);
    const weak = await api(`/v1/tenants/${d.tenant.slug}/users/${user.id}`, {
      method: "PATCH",
      headers: auth,
      body: JSON.stringify({ password: "doi-mk" }),
    });
    await expectProblem(weak, 400, "validation_failed");
    const changed = await api(`/v1/tenants/${d.tenant.slug}/users/${user.id}`, {
      method: "PATCH",
      headers: auth,
      body: JSON.stringify({ password: "mot-mat-khau-moi-hon" }),
    });
    expect(changed.status).toBe(200);
    await expectProblem(await login(d, "doi-mk@example.vn", STRONG_PASSWORD), 401, "invalid_credentials");
    expect((await login(d, "doi-mk@example.vn", "mot-mat-khau-moi-hon")).status).toBe(200);

    const audit = await api(`/v1/tenants/${d.tenant.slug}/audit?entity=user&id=${user.id}`, { headers: auth });
    const entries = (await audit.json<AuditBody>()).items;
    expect(entries.find((e) => e.action === "user.updated")?.changes).toEqual({ passwordChanged: [null, true] });
    expect(JSON.stringify(entries)).not.toMatch(/passwordHash|pbkdf2|mot-mat-khau/);
  });
});
