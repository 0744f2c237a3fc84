import { passwordLinks, users } from "@kycuong/db";
import { User } from "@kycuong/domain/identity";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { passwordLinkSentTo, receivedBy } from "./fixtures/alerts";
import { created, logIn, ok, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

const NEW_PASSWORD = "mat-khau-tu-chon-2026";

/** Opens an emailed link in a browser without a session: the reset page. */
async function followLink(d: StaffTenant, link: string) {
  const browser = new ConsoleBrowser(d.tenant.slug);
  const path = link.replace("https://kycuong.test", "");
  const form = await browser.get(path);
  const token = new URL(link).searchParams.get("token") ?? "";
  return { browser, form, token, path };
}

async function passwordHashOf(userId: string) {
  const [row] = await testDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash ?? null;
}

describe("set-your-password links", () => {
  it("an account created without a password is emailed a link; it sets the password once, then is spent", async () => {
    const d = await createStaffTenant();
    const email = `moi.${d.tenant.slug}@example.vn`;
    const admin = signIn(d, "tenant_admin");
    const user = await created(
      await admin.post("/users", { email, displayName: "Trần Thị Mới", roles: ["viewer"] }),
      User,
    );
    expect(await passwordHashOf(user.id)).toBeNull();

    const link = await passwordLinkSentTo(d.tenant.slug, email);
    const { browser, form, token, path } = await followLink(d, link);
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="newPassword"');

    const saved = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/t/${d.tenant.slug}/login?reason=password_set`);
    await logIn({ tenant: d.tenant.slug, email, password: NEW_PASSWORD });
    const signedIn = await new ConsoleBrowser(d.tenant.slug).signIn(email, NEW_PASSWORD);
    expect(signedIn.status).toBe(303);

    // The same link again: the page says it is spent, and posting it changes nothing.
    const again = await browser.get(path);
    expect(again.status).toBe(200);
    expect(again.html).toContain("đã được dùng");
    expect(again.html).not.toContain('name="newPassword"');
    const hash = await passwordHashOf(user.id);
    await browser.get(`/t/${d.tenant.slug}/forgot-password`); // a page with a form, for its CSRF token
    const reused = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      token,
      newPassword: "mot-mat-khau-khac-2026",
      confirm: "mot-mat-khau-khac-2026",
    });
    expect(reused.status).toBe(400);
    expect(await passwordHashOf(user.id)).toBe(hash);
    await logIn({ tenant: d.tenant.slug, email, password: NEW_PASSWORD });
  });

  it("an account created with a password gets no email", async () => {
    const d = await createStaffTenant();
    const email = `co.mat.khau.${d.tenant.slug}@example.vn`;
    await created(
      await signIn(d, "tenant_admin").post("/users", {
        email,
        displayName: "Lê Văn Có",
        roles: ["viewer"],
        password: "mat-khau-du-dai-2026",
      }),
      User,
    );
    const [links] = await testDb().select().from(passwordLinks).where(eq(passwordLinks.tenantId, d.tenant.id));
    expect(links).toBeUndefined();
    expect(await receivedBy(email)).toEqual([]);
  });

  it("a tenant admin sends an existing user the link (202); the old password works until it is used", async () => {
    const d = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    const target = d.users.inspector;
    const res = await admin.post(`/users/${target.id}/password-link`);
    expect(res.status).toBe(202);
    expect(await res.text()).toBe("");
    const link = await passwordLinkSentTo(d.tenant.slug, target.email);
    await logIn({ tenant: d.tenant.slug, email: target.email, password: "kycuong-test-password" });

    const { browser, token } = await followLink(d, link);
    const saved = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(saved.status).toBe(303);
    await logIn({ tenant: d.tenant.slug, email: target.email, password: NEW_PASSWORD });
  });

  it("a link older than 30 minutes is refused and changes nothing", async () => {
    const d = await createStaffTenant();
    const target = d.users.viewer;
    expect((await signIn(d, "tenant_admin").post(`/users/${target.id}/password-link`)).status).toBe(202);
    const link = await passwordLinkSentTo(d.tenant.slug, target.email);
    await testDb()
      .update(passwordLinks)
      .set({ expiresAt: new Date(Date.now() - 60_000).toISOString() })
      .where(eq(passwordLinks.userId, target.id));
    const hash = await passwordHashOf(target.id);

    const { browser, form, token } = await followLink(d, link);
    expect(form.html).toContain("đã hết hạn");
    expect(form.html).not.toContain('name="newPassword"');
    await browser.get(`/t/${d.tenant.slug}/forgot-password`); // a page with a form, for its CSRF token
    const refused = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(refused.status).toBe(400);
    expect(await passwordHashOf(target.id)).toBe(hash);
  });

  it("refuses a disabled user, another tenant's user, and any role without users:write", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    const admin = signIn(d, "tenant_admin");
    await ok(await admin.post(`/users/${d.users.viewer.id}/deactivate`), User);

    const disabled = await admin.post(`/users/${d.users.viewer.id}/password-link`);
    expect(disabled.status).toBeGreaterThanOrEqual(400);
    expect(disabled.status).toBeLessThan(500);
    await expectProblem(await admin.post(`/users/${other.users.viewer.id}/password-link`), 404, "user_not_found");
    await expectProblem(
      await signIn(d, "inspector").post(`/users/${d.users.hotline_officer.id}/password-link`),
      403,
      "forbidden",
    );
    const written = await testDb().select().from(passwordLinks).where(eq(passwordLinks.tenantId, d.tenant.id));
    expect(written).toEqual([]);
    expect(await receivedBy(d.users.viewer.email)).toEqual([]);
  });
});
