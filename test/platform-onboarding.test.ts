import { notifications, passwordLinks, tenants, users } from "@kycuong/db";
import type { DomainContext } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { setPasswordWithLink, startPlatformAdmin } from "@kycuong/domain/identity";
import { TenantAdminView } from "@kycuong/domain/tenants";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { passwordLinkSentTo } from "./fixtures/alerts";
import { apiClient, created, logIn, ok, pageOf } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb, uniqueSlug } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createPlatformAdmin } from "./fixtures/staff";

const NEW_PASSWORD = "mat-khau-quan-tri-2026";

let clients = 0;
/** Anonymous, from an address of its own: the set-password rate limit counts per client. */
function anonymous() {
  clients += 1;
  return apiClient({ headers: { "CF-Connecting-IP": `10.14.${clients}.${Math.floor(Math.random() * 250) + 1}` } });
}

/** The platform API (`/v1/platform`) as a fresh platform admin. */
async function platformAdmin() {
  const admin = await createPlatformAdmin();
  return apiClient({ base: "/v1/platform", token: () => admin.token() });
}

function district(slug: string, admin?: unknown) {
  return { slug, name: "Huyện Sơn Tịnh", level: "district", province: "Quảng Ngãi", ...(admin ? { admin } : {}) };
}

/** What the `npm run platform:admin` script passes its verb, at `now`. */
function scriptContext(now = new Date()): DomainContext {
  return {
    db: testDb(),
    now,
    actor: { type: "system", job: "platform-admin-script" },
    requestId: `test-${now.getTime()}`,
  };
}

const base = { baseUrl: "https://kycuong.test" };

async function passwordHashOf(userId: string) {
  const [row] = await testDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash ?? null;
}

describe("opening a district with its first admin", () => {
  it("creates the admin without a password and emails one link through the tenant's outbox; the link sets the password once", async () => {
    const platform = await platformAdmin();
    const slug = uniqueSlug("son-tinh");
    const email = `chu.tich.${slug}@example.vn`;
    const tenant = await created(
      await platform.post("/tenants", district(slug, { email: email.toUpperCase(), fullName: "Nguyễn Văn Quản" })),
      TenantAdminView,
    );

    const [admin] = await testDb()
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenant.id), eq(users.email, email)));
    expect(admin).toMatchObject({ displayName: "Nguyễn Văn Quản", roles: ["tenant_admin"], passwordHash: null });
    const outbox = await testDb().select().from(notifications).where(eq(notifications.tenantId, tenant.id));
    expect(outbox.map((row) => [row.kind, row.recipient])).toEqual([["password_link", email]]);

    const link = await passwordLinkSentTo(slug, email);
    const token = new URL(link).searchParams.get("token") ?? "";
    const client = anonymous();
    const set = await client.post("/v1/auth/set-password", { token, password: NEW_PASSWORD });
    expect(set.status).toBe(204);
    expect(await set.text()).toBe("");

    const signedIn = await logIn({ tenant: slug, email, password: NEW_PASSWORD });
    expect((await signedIn.get(`/v1/tenants/${slug}/users`)).status).toBe(200);
    expect((await new ConsoleBrowser(slug).signIn(email, NEW_PASSWORD)).status).toBe(303);

    // Single use: the same token again is refused and changes nothing.
    const hash = await passwordHashOf(admin?.id ?? "");
    await expectProblem(
      await client.post("/v1/auth/set-password", { token, password: "mot-mat-khau-khac-2026" }),
      400,
      "password_link_invalid",
    );
    expect(await passwordHashOf(admin?.id ?? "")).toBe(hash);
  });

  it("refuses a weak password with the password policy's code and keeps the link usable", async () => {
    const platform = await platformAdmin();
    const slug = uniqueSlug("yeu");
    const email = `quan.tri.${slug}@example.vn`;
    await created(await platform.post("/tenants", district(slug, { email, fullName: "Lê Thị Yếu" })), TenantAdminView);
    const token = new URL(await passwordLinkSentTo(slug, email)).searchParams.get("token") ?? "";
    const client = anonymous();

    const weak = await expectProblem(
      await client.post("/v1/auth/set-password", { token, password: "ngan-qua" }),
      400,
      "validation_failed",
    );
    expect(weak.errors?.map((e) => e.path)).toEqual(["body.password"]);
    const asEmail = await expectProblem(
      await client.post("/v1/auth/set-password", { token, password: email }),
      400,
      "validation_failed",
    );
    expect(asEmail.errors?.map((e) => e.path)).toEqual(["body.password"]);

    expect((await client.post("/v1/auth/set-password", { token, password: NEW_PASSWORD })).status).toBe(204);
    await logIn({ tenant: slug, email, password: NEW_PASSWORD });
  });

  it("refuses a link older than 30 minutes, and an unknown token, with the same code", async () => {
    const platform = await platformAdmin();
    const slug = uniqueSlug("het-han");
    const email = `quan.tri.${slug}@example.vn`;
    const tenant = await created(
      await platform.post("/tenants", district(slug, { email, fullName: "Phạm Văn Muộn" })),
      TenantAdminView,
    );
    const token = new URL(await passwordLinkSentTo(slug, email)).searchParams.get("token") ?? "";
    const [link] = await testDb().select().from(passwordLinks).where(eq(passwordLinks.tenantId, tenant.id));
    expect(new Date(link?.expiresAt ?? 0).getTime() - new Date(link?.createdAt ?? 0).getTime()).toBe(30 * 60_000);
    await testDb()
      .update(passwordLinks)
      .set({ expiresAt: new Date(Date.now() - 60_000).toISOString() })
      .where(eq(passwordLinks.tenantId, tenant.id));

    const client = anonymous();
    await expectProblem(
      await client.post("/v1/auth/set-password", { token, password: NEW_PASSWORD }),
      400,
      "password_link_invalid",
    );
    await expectProblem(
      await client.post("/v1/auth/set-password", { token: `${token}x`, password: NEW_PASSWORD }),
      400,
      "password_link_invalid",
    );
    const [admin] = await testDb().select().from(users).where(eq(users.tenantId, tenant.id));
    expect(admin?.passwordHash).toBeNull();
  });

  it("refuses a malformed admin email with 400 and creates nothing", async () => {
    const platform = await platformAdmin();
    const slug = uniqueSlug("sai");
    const problem = await expectProblem(
      await platform.post("/tenants", district(slug, { email: "khong-phai-email", fullName: "Ai Đó" })),
      400,
      "validation_failed",
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.admin.email"]);
    await expectProblem(await platform.get(`/tenants/${slug}`), 404, "tenant_not_found");
    expect(await testDb().select().from(tenants).where(eq(tenants.slug, slug))).toEqual([]);
  });

  it("still opens a district without an admin, and sends nothing", async () => {
    const platform = await platformAdmin();
    const slug = uniqueSlug("khong-admin");
    const tenant = await created(await platform.post("/tenants", district(slug)), TenantAdminView);
    expect(await testDb().select().from(users).where(eq(users.tenantId, tenant.id))).toEqual([]);
    expect(await testDb().select().from(notifications).where(eq(notifications.tenantId, tenant.id))).toEqual([]);
  });
});

describe("the first platform admin (npm run platform:admin)", () => {
  it("creates the admin once; a second run keeps the account, gives a new link and spends the old one", async () => {
    const email = `nen.tang.${uniqueSlug("p")}@kycuong.example`;
    const first = await startPlatformAdmin(scriptContext(), { email, displayName: "Quản trị nền tảng" }, base);
    expect(first.created).toBe(true);
    expect(first.link).toBe(`https://kycuong.test/set-password?token=${first.token}`);
    const [account] = await testDb()
      .select()
      .from(users)
      .where(and(isNull(users.tenantId), eq(users.email, email)));
    expect(account).toMatchObject({ id: first.userId, roles: ["platform_admin"], passwordHash: null });
    const stored = await testDb().select().from(passwordLinks).where(eq(passwordLinks.userId, first.userId));
    expect(stored.map((link) => link.tenantId)).toEqual([null]);
    expect(JSON.stringify(stored)).not.toContain(first.token);

    const second = await startPlatformAdmin(scriptContext(), { email: email.toUpperCase(), displayName: "X" }, base);
    expect(second).toMatchObject({ userId: first.userId, created: false });
    expect(second.token).not.toBe(first.token);
    expect(
      await testDb()
        .select()
        .from(users)
        .where(and(isNull(users.tenantId), eq(users.email, email))),
    ).toHaveLength(1);

    const client = anonymous();
    await expectProblem(
      await client.post("/v1/auth/set-password", { token: first.token, password: NEW_PASSWORD }),
      400,
      "password_link_invalid",
    );
    expect((await client.post("/v1/auth/set-password", { token: second.token, password: NEW_PASSWORD })).status).toBe(
      204,
    );
    const admin = await logIn({ email, password: NEW_PASSWORD });
    expect((await admin.get("/v1/platform/tenants")).status).toBe(200);
    await ok(await admin.get("/v1/platform/tenants"), pageOf(TenantAdminView));
  });

  it("the printed link opens the platform's set-password page, which saves the password once", async () => {
    const email = `trang.${uniqueSlug("p")}@kycuong.example`;
    const started = await startPlatformAdmin(scriptContext(), { email, displayName: "Quản trị nền tảng" }, base);
    const path = started.link.replace("https://kycuong.test", "");
    const browser = new ConsoleBrowser("", { "CF-Connecting-IP": `10.15.0.${Math.floor(Math.random() * 250) + 1}` });

    const form = await browser.get(path);
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="newPassword"');
    expect(form.html).toContain('action="/set-password"');
    const differ = await browser.post("/set-password", {
      token: started.token,
      newPassword: NEW_PASSWORD,
      confirm: "khac-hoan-toan-2026",
    });
    expect(differ.status).toBe(400);
    const saved = await browser.post("/set-password", {
      token: started.token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe("/set-password?done=1");
    expect((await browser.get("/set-password?done=1&lang=en")).html).toContain("Your password is saved");
    await logIn({ email, password: NEW_PASSWORD });

    const again = await browser.get(path); // in English: the language chosen above stays
    expect(again.html).toContain("was already used");
    expect(again.html).not.toContain('name="newPassword"');
  });

  it("the page refuses a form without its CSRF token (403) and an unknown token (400), writing nothing", async () => {
    const email = `csrf.${uniqueSlug("p")}@kycuong.example`;
    const started = await startPlatformAdmin(scriptContext(), { email, displayName: "Quản trị nền tảng" }, base);
    const browser = new ConsoleBrowser("", { "CF-Connecting-IP": `10.16.0.${Math.floor(Math.random() * 250) + 1}` });
    await browser.get(started.link.replace("https://kycuong.test", ""));
    const forged = await browser.post("/set-password", {
      _csrf: null,
      token: started.token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(forged.status).toBe(403);
    await browser.get(started.link.replace("https://kycuong.test", "")); // the form, with its CSRF token, again
    const unknown = await browser.post("/set-password", {
      token: "khong-phai-ma-that",
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain("đã được dùng");
    expect(await passwordHashOf(started.userId)).toBeNull();
  });

  it("a platform link expires after 30 minutes (frozen clock)", async () => {
    const at = new Date("2026-12-01T02:00:00Z");
    const email = `het.han.${uniqueSlug("p")}@kycuong.example`;
    const started = await startPlatformAdmin(scriptContext(at), { email, displayName: "Quản trị nền tảng" }, base);
    expect(started.expiresAt).toBe("2026-12-01T02:30:00.000Z");
    const late = setPasswordWithLink(scriptContext(new Date("2026-12-01T02:30:00Z")), started.token, NEW_PASSWORD);
    await expect(late).rejects.toSatisfy((e) => e instanceof DomainError && e.code === "password_link_invalid");
    await setPasswordWithLink(scriptContext(new Date("2026-12-01T02:29:59Z")), started.token, NEW_PASSWORD);
    expect(await passwordHashOf(started.userId)).not.toBeNull();
  });
});
