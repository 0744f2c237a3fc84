import { AuditRecord } from "@kycuong/domain/audit";
import { User } from "@kycuong/domain/identity";
import { describe, expect, it } from "vitest";
import { Me } from "../workers/api/src/routes/auth/me";
import { TokenPair } from "../workers/api/src/routes/auth/session";
import { type ApiClient, apiClient, created, ok, pageOf, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

const STRONG_PASSWORD = "mat-khau-du-dai-2026";

function postUser(d: StaffTenant, body: Record<string, unknown>, as: ApiClient = signIn(d, "tenant_admin")) {
  return as.post("/users", { displayName: "Nguyễn Văn An", roles: ["inspector"], password: STRONG_PASSWORD, ...body });
}

function login(d: StaffTenant, email: string, password: string) {
  return apiClient().post("/v1/auth/login", { tenant: d.tenant.slug, email, password });
}

/** A fresh access token for the account, as the login route gives it. */
async function accessToken(d: StaffTenant, email: string, password: string) {
  return (await ok(await login(d, email, password), TokenPair)).access_token;
}

async function emailsOf(d: StaffTenant): Promise<string[]> {
  const page = await ok(await signIn(d, "tenant_admin").get("/users?limit=100"), pageOf(User));
  return page.items.map((u) => u.email);
}

async function auditOf(d: StaffTenant, userId: string) {
  return (await ok(await signIn(d, "tenant_admin").get(`/audit?entity=user&id=${userId}`), pageOf(AuditRecord))).items;
}

describe("staff accounts", () => {
  it("a tenant admin creates an account that can then log in; no hash is shown or audited", async () => {
    const d = await createStaffTenant();
    // `created` fails on any field User does not declare, so a password hash cannot slip out.
    const user = await created(await postUser(d, { email: "An.Nguyen@Example.VN" }), User);
    expect(user).toMatchObject({ email: "an.nguyen@example.vn", roles: ["inspector"], status: "active" });
    expect(user).not.toHaveProperty("passwordHash");

    const me = apiClient({ token: await accessToken(d, "an.nguyen@example.vn", STRONG_PASSWORD) });
    expect(await ok(await me.get("/v1/auth/me"), Me)).toMatchObject({
      id: user.id,
      tenant: d.tenant.slug,
      roles: ["inspector"],
    });

    const read = await ok(await signIn(d, "tenant_admin").get(`/users/${user.id}`), User);
    expect(JSON.stringify(read)).not.toMatch(/passwordHash|pbkdf2/);

    const entries = await auditOf(d, user.id);
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
    await created(await postUser(d, { email: "trung@example.vn" }), User);
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
    const head = await created(
      await postUser(d, { email: "head@example.vn", roles: ["unit_head"], unitId: d.communeUnitId }),
      User,
    );

    const unbound = await signIn(d, "tenant_admin").patch(`/users/${head.id}`, { unitId: null });
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
    const promote = await signIn(d, "tenant_admin").patch(`/users/${d.users.viewer.id}`, {
      roles: ["platform_admin"],
    });
    await expectProblem(promote, 400, "validation_failed");
    expect(await emailsOf(d)).not.toContain("boss@example.vn");
  });

  it("lets a viewer list but not create, and a hotline officer not even list", async () => {
    const d = await createStaffTenant();
    const viewer = signIn(d, "viewer");
    await ok(await viewer.get("/users"), pageOf(User));
    await expectProblem(await postUser(d, { email: "x@example.vn" }, viewer), 403, "forbidden");
    await expectProblem(await signIn(d, "hotline_officer").get("/users"), 403, "forbidden");
  });

  it("filters by role and status, pages with a cursor, and hides other tenants' accounts", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    const byRole = await ok(await admin.get("/users?role=unit_head"), pageOf(User));
    expect(byRole.items.map((u) => u.id)).toEqual([d.users.unit_head.id]);

    await ok(await admin.post(`/users/${d.users.viewer.id}/deactivate`), User);
    const disabled = await ok(await admin.get("/users?status=disabled"), pageOf(User));
    expect(disabled.items.map((u) => u.id)).toEqual([d.users.viewer.id]);

    const first = await ok(await admin.get("/users?limit=4"), pageOf(User));
    const second = await ok(await admin.get(`/users?limit=4&cursor=${first.nextCursor}`), pageOf(User));
    expect([first.items.length, second.items.length, second.nextCursor]).toEqual([4, 2, null]);
    const ids = [...first.items, ...second.items].map((u) => u.id);
    expect(new Set(ids)).toEqual(new Set(Object.values(d.users).map((u) => u.id)));

    await expectProblem(await admin.get(`/users/${other.users.viewer.id}`), 404, "user_not_found");
  });

  it("a deactivated account can no longer log in, and its live access token stops working", async () => {
    const d = await createStaffTenant();
    const user = await created(await postUser(d, { email: "roi-di@example.vn" }), User);
    const me = apiClient({ token: await accessToken(d, "roi-di@example.vn", STRONG_PASSWORD) });
    await ok(await me.get("/v1/auth/me"), Me);

    const admin = signIn(d, "tenant_admin");
    expect(await ok(await admin.post(`/users/${user.id}/deactivate`), User)).toMatchObject({
      id: user.id,
      status: "disabled",
    });

    await expectProblem(await me.get("/v1/auth/me"), 401, "user_disabled");
    await expectProblem(await login(d, "roi-di@example.vn", STRONG_PASSWORD), 401, "invalid_credentials");
    expect(await ok(await admin.get(`/users/${user.id}`), User)).toMatchObject({ status: "disabled" });
  });

  it("a tenant admin cannot disable themself or drop their own admin role", async () => {
    const d = await createStaffTenant();
    const self = `/users/${d.users.tenant_admin.id}`;
    const admin = signIn(d, "tenant_admin");
    await expectProblem(await admin.post(`${self}/deactivate`), 400, "cannot_demote_self");
    await expectProblem(await admin.patch(self, { roles: ["viewer"] }), 400, "cannot_demote_self");
    expect(await ok(await admin.get(self), User)).toMatchObject({ status: "active", roles: ["tenant_admin"] });

    const rename = await admin.patch(self, { displayName: "Quản trị viên", roles: ["tenant_admin", "viewer"] });
    expect(await ok(rename, User)).toMatchObject({
      displayName: "Quản trị viên",
      roles: ["tenant_admin", "viewer"],
    });
  });

  it("a new password replaces the old one, ends the sessions of the old, and is audited only as a flag", async () => {
    const d = await createStaffTenant();
    const user = await created(await postUser(d, { email: "doi-mk@example.vn" }), User);
    const me = apiClient({ token: await accessToken(d, "doi-mk@example.vn", STRONG_PASSWORD) });
    const admin = signIn(d, "tenant_admin");
    await expectProblem(await admin.patch(`/users/${user.id}`, { password: "doi-mk" }), 400, "validation_failed");
    await ok(await me.get("/v1/auth/me"), Me);
    await ok(await admin.patch(`/users/${user.id}`, { password: "mot-mat-khau-moi-hon" }), User);
    // The sessions the old password opened are over, their access tokens with them.
    await expectProblem(await me.get("/v1/auth/me"), 401, "token_revoked");
    await expectProblem(await login(d, "doi-mk@example.vn", STRONG_PASSWORD), 401, "invalid_credentials");
    await ok(await login(d, "doi-mk@example.vn", "mot-mat-khau-moi-hon"), TokenPair);

    const entries = await auditOf(d, user.id);
    expect(entries.find((e) => e.action === "user.updated")?.changes).toEqual({ passwordChanged: [null, true] });
    expect(JSON.stringify(entries)).not.toMatch(/passwordHash|pbkdf2|mot-mat-khau/);
  });
});
