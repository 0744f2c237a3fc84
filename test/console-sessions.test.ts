import { passwordLinks, staffSessions } from "@kycuong/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { receivedBy } from "./fixtures/alerts";
import { apiClient, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { createStaffTenant, TEST_PASSWORD, type TenantRole } from "./fixtures/staff";

const NEW_PASSWORD = "mat-khau-moi-2026-dai";

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the Worker's clock (tests and Worker share one isolate, so `new Date()` there follows). */
function clockAt(iso: string): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(iso));
}

async function signedIn(role: TenantRole = "hotline_officer") {
  const d = await createStaffTenant();
  const browser = new ConsoleBrowser(d.tenant.slug);
  const answer = await browser.signIn(d.users[role].email);
  expect(answer.status).toBe(303);
  return { d, browser, app: `/t/${d.tenant.slug}/app` };
}

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Secure outside dev, scoped to the tenant's pages, and holds no readable data", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.get(`/t/${d.tenant.slug}/login`);
    const post = await browser.post(`/t/${d.tenant.slug}/login`, {
      email: d.users.unit_head.email,
      password: TEST_PASSWORD,
    });
    const cookie = post.headers.getSetCookie().find((line) => line.startsWith("kc_session="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(new RegExp(`; Path=/t/${d.tenant.slug}(;|$)`));
    const value = browser.cookies.get("kc_session") ?? "";
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only its hash is stored.
    const rows = await testDb().select().from(staffSessions).where(eq(staffSessions.tenantId, d.tenant.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(value);
    expect(JSON.stringify(rows)).not.toContain(value);
  });

  it("is not a session under another tenant's pages", async () => {
    const { browser } = await signedIn();
    const other = await createStaffTenant();
    const there = new ConsoleBrowser(other.tenant.slug);
    there.cookies.set("kc_session", browser.cookies.get("kc_session") ?? "");
    const answer = await there.get(`/t/${other.tenant.slug}/app`);
    expect(answer.status).toBe(303);
    expect(answer.location).toMatch(new RegExp(`^/t/${other.tenant.slug}/login\\?`));
    // And it still works at home.
    expect((await browser.get(`/t/${browser.slug}/app`)).status).toBe(200);
  });

  it("a page without a session leads to sign-in with `next`, and sign-in comes back to it", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    const wanted = `/t/${d.tenant.slug}/app/account?lang=vi`;
    const first = await browser.get(wanted);
    expect(first.status).toBe(303);
    expect(first.location).toBe(`/t/${d.tenant.slug}/login?next=${encodeURIComponent(wanted)}`);
    const login = await browser.get(first.location ?? "");
    expect(login.html).toContain(`name="next" value="${wanted.replace("&", "&amp;")}"`);
    const answer = await browser.post(`/t/${d.tenant.slug}/login`, {
      email: d.users.viewer.email,
      password: TEST_PASSWORD,
      next: wanted,
    });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(wanted);
  });

  it("an address under the console that is no page: sign-in first, then the not-found page (not the API's JSON)", async () => {
    const { browser, app } = await signedIn();
    const anonymous = new ConsoleBrowser(browser.slug);
    const first = await anonymous.get(`${app}/no-such-page`);
    expect(first.status).toBe(303);
    expect(first.location).toBe(`/t/${browser.slug}/login?next=${encodeURIComponent(`${app}/no-such-page`)}`);
    const missing = await browser.get(`${app}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("text/html");
    expect(missing.html).toContain("Không tìm thấy");
  });

  it("the language switch keeps the page's query (an inbox's filters), and the choice is remembered", async () => {
    const { browser, app } = await signedIn();
    const page = await browser.get(`${app}/reports?overdue=true&q=thai`);
    expect(page.html).toContain(`href="${app}/reports?overdue=true&amp;q=thai&amp;lang=en"`);
    const english = await browser.get(`${app}/reports?overdue=true&q=thai&lang=en`);
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain(`href="${app}/reports?overdue=true&amp;q=thai&amp;lang=vi"`);
    // Remembered: the next page without `lang` is still in English.
    expect((await browser.get(`${app}/account`)).html).toContain('<html lang="en">');
  });

  it("never sends a sign-in anywhere but this tenant's console", async () => {
    const d = await createStaffTenant();
    for (const next of [
      "https://evil.example/t/x/app",
      "//evil.example",
      `/t/${d.tenant.slug}/app//evil.example`,
      `/t/${d.tenant.slug}/app/..%2F..%2Fhotline`,
      "/t/another-tenant/app",
      `/t/${d.tenant.slug}/hotline`,
      `/t/${d.tenant.slug}/application`,
    ]) {
      const browser = new ConsoleBrowser(d.tenant.slug);
      const answer = await browser.signIn(d.users.viewer.email, TEST_PASSWORD, next);
      expect(answer.status, next).toBe(303);
      expect(answer.location, next).toBe(`/t/${d.tenant.slug}/app`);
    }
  });
});

describe("signing in", () => {
  it("a wrong password shows the form again, saying so, in the page's language, and sets no session", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    const answer = await browser.signIn(d.users.viewer.email, "not-the-password");
    expect(answer.status).toBe(401);
    expect(answer.html).toContain("Email hoặc mật khẩu không đúng.");
    expect(answer.html).toContain('aria-invalid="true"');
    expect(answer.html).not.toContain("Wrong email");
    expect(browser.cookies.has("kc_session")).toBe(false);
    // The same answer for an address that is no account.
    const unknown = await new ConsoleBrowser(d.tenant.slug).signIn(`nobody@${d.tenant.slug}.example`, "whatever-it-is");
    expect(unknown.status).toBe(401);
  });

  it("counts toward the same throttle as the API's login", async () => {
    const d = await createStaffTenant();
    const email = d.users.inspector.email;
    for (let i = 0; i < 5; i++) {
      await apiClient().post("/v1/auth/login", { tenant: d.tenant.slug, email, password: "wrong-password-here" });
    }
    const browser = new ConsoleBrowser(d.tenant.slug);
    const answer = await browser.signIn(email, TEST_PASSWORD);
    expect(answer.status).toBe(429);
    expect(answer.html).toContain("Đăng nhập sai quá nhiều lần");
  });

  it("a sign-in form posted without its token (or from another site) is refused and signs nobody in", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.get(`/t/${d.tenant.slug}/login`);
    const fields = { email: d.users.viewer.email, password: TEST_PASSWORD };
    const noToken = await browser.post(`/t/${d.tenant.slug}/login`, { ...fields, _csrf: null });
    expect(noToken.status).toBe(403);
    const otherSite = await browser.post(`/t/${d.tenant.slug}/login`, fields, { Origin: "https://evil.example" });
    expect(otherSite.status).toBe(403);
    expect(browser.cookies.has("kc_session")).toBe(false);
  });
});

describe("a session ends", () => {
  it("after the tenant's idle time without a request, and not before", async () => {
    clockAt("2026-12-01T01:00:00.000Z");
    const { browser, app } = await signedIn();
    clockAt("2026-12-01T01:59:00.000Z");
    expect((await browser.get(app)).status).toBe(200);
    clockAt("2026-12-01T02:58:00.000Z");
    expect((await browser.get(app)).status).toBe(200);
    clockAt("2026-12-01T03:58:01.000Z");
    const ended = await browser.get(app);
    expect(ended.status).toBe(303);
    expect(ended.location).toContain("reason=ended");
    // Coming back does not revive it.
    clockAt("2026-12-01T03:58:02.000Z");
    expect((await browser.get(app)).status).toBe(303);
  });

  it("at its absolute end however busy the user is", async () => {
    clockAt("2026-12-01T00:00:00.000Z");
    const { browser, app } = await signedIn();
    // A request every 50 minutes: never idle, until the 12th hour.
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      clockAt(new Date(Date.UTC(2026, 11, 1, 0, minutes)).toISOString());
      expect((await browser.get(app)).status, `after ${minutes} minutes`).toBe(200);
    }
    clockAt("2026-12-01T12:00:01.000Z");
    expect((await browser.get(app)).status).toBe(303);
  });

  it("on the tenant's own idle setting", async () => {
    clockAt("2026-12-01T01:00:00.000Z");
    const { d, browser, app } = await signedIn();
    const admin = signIn(d, "tenant_admin");
    expect(
      (await admin.patch("/settings", { console: { sessionIdleMinutes: 10, sessionAbsoluteHours: 12 } })).status,
    ).toBe(200);
    clockAt("2026-12-01T01:09:00.000Z");
    expect((await browser.get(app)).status).toBe(200);
    clockAt("2026-12-01T01:19:30.000Z");
    expect((await browser.get(app)).status).toBe(303);
  });

  it("on sign-out, and the old cookie is then worth nothing", async () => {
    const { browser, app } = await signedIn();
    const cookie = browser.cookies.get("kc_session") ?? "";
    await browser.get(app);
    const out = await browser.post(`/t/${browser.slug}/logout`);
    expect(out.status).toBe(303);
    expect(out.location).toBe(`/t/${browser.slug}/login?reason=signed_out`);
    const replay = new ConsoleBrowser(browser.slug);
    replay.cookies.set("kc_session", cookie);
    expect((await replay.get(app)).status).toBe(303);
  });

  it("when the user is disabled", async () => {
    const { d, browser, app } = await signedIn("unit_head");
    expect((await browser.get(app)).status).toBe(200);
    const admin = signIn(d, "tenant_admin");
    expect((await admin.post(`/users/${d.users.unit_head.id}/deactivate`)).status).toBe(200);
    expect((await browser.get(app)).status).toBe(303);
  });

  it("everywhere else when the user changes their password, and the change needs the current one", async () => {
    const { d, browser, app } = await signedIn("unit_head");
    const email = d.users.unit_head.email;
    const elsewhere = new ConsoleBrowser(d.tenant.slug);
    expect((await elsewhere.signIn(email)).status).toBe(303);
    const tokens = await apiClient().post("/v1/auth/login", { tenant: d.tenant.slug, email, password: TEST_PASSWORD });
    const { refresh_token } = (await tokens.json()) as { refresh_token: string };

    await browser.get(`${app}/account`);
    const wrong = await browser.post(`${app}/account/password`, {
      currentPassword: "not-my-password",
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("Mật khẩu hiện tại không đúng");
    const weak = await browser.post(`${app}/account/password`, {
      currentPassword: TEST_PASSWORD,
      newPassword: "short",
      confirm: "short",
    });
    expect(weak.status).toBe(400);
    expect(weak.html).toContain("Tối thiểu 12 ký tự");

    const changed = await browser.post(`${app}/account/password`, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(changed.status).toBe(303);
    expect(changed.location).toBe(`${app}/account?changed=1`);
    expect((await browser.get(changed.location ?? "")).html).toContain("Đã đổi mật khẩu");
    expect((await elsewhere.get(app)).status).toBe(303);
    const refreshed = await apiClient().post("/v1/auth/refresh", { refresh_token });
    expect(refreshed.status).toBe(401);
    expect((await new ConsoleBrowser(d.tenant.slug).signIn(email, TEST_PASSWORD)).status).toBe(401);
    expect((await new ConsoleBrowser(d.tenant.slug).signIn(email, NEW_PASSWORD)).status).toBe(303);
  });
});

describe("forms carry the session's CSRF token", () => {
  it("a post without it, or with another session's, is refused with 403 and changes nothing", async () => {
    const { d, browser, app } = await signedIn("viewer");
    const other = new ConsoleBrowser(d.tenant.slug);
    await other.signIn(d.users.inspector.email);
    await other.get(`${app}/account`);
    const foreignToken = other.csrfToken();
    await browser.get(`${app}/account`);
    const change = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirm: NEW_PASSWORD };
    const none = await browser.post(`${app}/account/password`, { ...change, _csrf: null });
    expect(none.status).toBe(403);
    expect(none.html).toContain("Không có gì thay đổi");
    const foreign = await browser.post(`${app}/account/password`, { ...change, _csrf: foreignToken });
    expect(foreign.status).toBe(403);
    const signOut = await browser.post(`/t/${d.tenant.slug}/logout`, { _csrf: null });
    expect(signOut.status).toBe(403);
    // Still signed in, with the old password.
    expect((await browser.get(app)).status).toBe(200);
    expect((await new ConsoleBrowser(d.tenant.slug).signIn(d.users.viewer.email, TEST_PASSWORD)).status).toBe(303);
  });
});

describe("forgotten password", () => {
  const linkIn = (text: string) =>
    /https:\/\/kycuong\.test(\/t\/[^/]+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(text)?.[1];

  it("answers the same whether or not the email is an account, and only a real one gets a link", async () => {
    const d = await createStaffTenant();
    const email = d.users.party_office.email;
    const ask = async (address: string) => {
      const browser = new ConsoleBrowser(d.tenant.slug);
      await browser.get(`/t/${d.tenant.slug}/forgot-password`);
      const answer = await browser.post(`/t/${d.tenant.slug}/forgot-password`, { email: address });
      return { status: answer.status, html: answer.html.replace(/name="_csrf" value="[^"]+"/g, "") };
    };
    const real = await ask(email);
    const unknown = await ask(`nobody@${d.tenant.slug}.example`);
    expect(real.status).toBe(200);
    expect(unknown).toEqual(real);
    expect(real.html).toContain("Nếu địa chỉ này là một tài khoản");
    await vi.waitFor(async () => expect(await receivedBy(email)).toHaveLength(1), { timeout: 5000 });
    expect(await receivedBy(`nobody@${d.tenant.slug}.example`)).toHaveLength(0);
  });

  it("the emailed link sets a new password once, within 30 minutes, and ends the user's sessions", async () => {
    const d = await createStaffTenant();
    const email = d.users.inspector.email;
    const signedInBrowser = new ConsoleBrowser(d.tenant.slug);
    await signedInBrowser.signIn(email);
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.get(`/t/${d.tenant.slug}/forgot-password`);
    await browser.post(`/t/${d.tenant.slug}/forgot-password`, { email });
    const [mail] = await vi.waitFor(
      async () => {
        const got = await receivedBy(email);
        expect(got).toHaveLength(1);
        return got;
      },
      { timeout: 5000 },
    );
    const link = linkIn(mail?.text ?? "");
    expect(link).toBeDefined();
    expect(mail?.html).toContain(link?.replace(/&/g, "&amp;"));
    const stored = await testDb().select().from(passwordLinks).where(eq(passwordLinks.tenantId, d.tenant.id));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(new URL(`https://x${link}`).searchParams.get("token"));

    const form = await browser.get(link ?? "");
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="newPassword"');
    const formToken = browser.csrfToken();
    const differ = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      token: new URL(`https://x${link}`).searchParams.get("token") ?? "",
      newPassword: NEW_PASSWORD,
      confirm: `${NEW_PASSWORD}x`,
    });
    expect(differ.status).toBe(400);
    expect(differ.html).toContain("Hai mật khẩu không giống nhau.");
    const token = new URL(`https://x${link}`).searchParams.get("token") ?? "";
    const done = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/t/${d.tenant.slug}/login?reason=password_set`);
    expect((await signedInBrowser.get(`/t/${d.tenant.slug}/app`)).status).toBe(303);
    expect((await new ConsoleBrowser(d.tenant.slug).signIn(email, NEW_PASSWORD)).status).toBe(303);

    // Spent: the page says so, and posting it again changes nothing.
    const again = await browser.get(link ?? "");
    expect(again.html).toContain("Liên kết đã hết hạn hoặc đã được dùng");
    const reuse = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      _csrf: formToken,
      token,
      newPassword: "mot-mat-khau-khac-nua",
      confirm: "mot-mat-khau-khac-nua",
    });
    expect(reuse.status).toBe(400);
    expect((await new ConsoleBrowser(d.tenant.slug).signIn(email, NEW_PASSWORD)).status).toBe(303);
  });

  it("a link older than 30 minutes no longer works", async () => {
    clockAt("2026-12-01T02:00:00.000Z");
    const d = await createStaffTenant();
    const email = d.users.viewer.email;
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.get(`/t/${d.tenant.slug}/forgot-password`);
    await browser.post(`/t/${d.tenant.slug}/forgot-password`, { email });
    const mails = await vi.waitFor(
      async () => {
        const got = await receivedBy(email);
        expect(got).toHaveLength(1);
        return got;
      },
      { timeout: 5000 },
    );
    const token = new URL(`https://x${linkIn(mails[0]?.text ?? "")}`).searchParams.get("token") ?? "";
    clockAt("2026-12-01T02:29:00.000Z");
    expect((await browser.get(`/t/${d.tenant.slug}/reset-password?token=${token}`)).html).toContain(
      'name="newPassword"',
    );
    const formToken = browser.csrfToken();
    clockAt("2026-12-01T02:30:01.000Z");
    expect((await browser.get(`/t/${d.tenant.slug}/reset-password?token=${token}`)).html).toContain(
      "Liên kết đã hết hạn",
    );
    const late = await browser.post(`/t/${d.tenant.slug}/reset-password`, {
      _csrf: formToken,
      token,
      newPassword: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(late.status).toBe(400);
    expect((await new ConsoleBrowser(d.tenant.slug).signIn(email, TEST_PASSWORD)).status).toBe(303);
  });

  it("is rate limited per email address", async () => {
    const d = await createStaffTenant();
    const email = d.users.party_office.email;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const browser = new ConsoleBrowser(d.tenant.slug);
      await browser.get(`/t/${d.tenant.slug}/forgot-password`);
      statuses.push((await browser.post(`/t/${d.tenant.slug}/forgot-password`, { email })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
