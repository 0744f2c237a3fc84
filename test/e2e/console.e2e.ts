import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { launchBrowser } from "./browser";
import { lookAt } from "./console-pages";

const base = () => inject("baseUrl");
const password = () => inject("demoPassword");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each demo role's account in Bình Sơn, and what its home page must show. */
const roles = [
  { role: "hotline_officer", email: "tiepdan@binh-son.example" },
  { role: "unit_head", email: "truongxa@binh-son.example" },
  { role: "party_office", email: "vanphong@binh-son.example" },
  { role: "inspector", email: "kiemtra@binh-son.example" },
  { role: "tenant_admin", email: "admin@binh-son.example" },
  { role: "viewer", email: "lanhdao@binh-son.example" },
] as const;

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password());
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

interface DevMail {
  recipient: string;
  subject: string;
  bodyText: string;
}

async function devOutbox(): Promise<DevMail[]> {
  return ((await (await fetch(`${base()}/dev/outbox.json`)).json()) as { items: DevMail[] }).items;
}

describe("the staff console in Chromium", () => {
  it("the sign-in page: both languages, a wrong password said plainly, and no script on the page", async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(`${base()}/t/binh-son/login`);
    expect(await page.title()).toContain("Đăng nhập");
    await lookAt(page, "sign-in");
    await page.getByLabel("Thư điện tử").fill("tiepdan@binh-son.example");
    await page.getByLabel("Mật khẩu").fill("not-the-password");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Email hoặc mật khẩu không đúng.");
    await page.getByRole("link", { name: "English" }).click();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    expect(scripts).toEqual([]);
    await page.close();
  });

  for (const { role, email } of roles) {
    it(`${role}: signs in, lands on today's work, opens the account page, signs out`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base()}/t/binh-son/login`);
      await signIn(page, email);
      await page.waitForURL(`${base()}/t/binh-son/app`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Hôm nay");
      await lookAt(page, `home-${role}`);
      await page.getByRole("link", { name: "Tài khoản" }).click();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tài khoản của tôi");
      if (role === "unit_head") await lookAt(page, "account");
      await page.getByRole("button", { name: "Đăng xuất" }).click();
      await page.waitForURL(/\/t\/binh-son\/login\?reason=signed_out$/);
      expect(await page.getByRole("status").textContent()).toContain("Bạn đã đăng xuất.");
      await page.goto(`${base()}/t/binh-son/app`);
      await page.waitForURL(/\/t\/binh-son\/login\?next=/);
      await context.close();
    });
  }

  it("a form posted without its CSRF token changes nothing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/t/binh-son/login`);
    await signIn(page, "lanhdao@binh-son.example");
    await page.goto(`${base()}/t/binh-son/app/account`);
    await page.getByLabel("Mật khẩu hiện tại").fill(password());
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mot-mat-khau-moi-dai");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("mot-mat-khau-moi-dai");
    // As a forged form would: the same fields without the session's token.
    await page.evaluate(() => {
      document.querySelectorAll('form[action$="/account/password"] input[name="_csrf"]').forEach((input) => {
        input.remove();
      });
    });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/account/password")),
      page.getByRole("button", { name: "Đổi mật khẩu" }).click(),
    ]);
    expect(response.status()).toBe(403);
    expect(await page.getByRole("alert").textContent()).toContain("Không có gì thay đổi");
    // The old password still signs in.
    const other = await browser.newContext();
    const check = await other.newPage();
    await check.goto(`${base()}/t/binh-son/login`);
    await signIn(check, "lanhdao@binh-son.example");
    await check.waitForURL(`${base()}/t/binh-son/app`);
    await other.close();
    await context.close();
  });

  it("a forgotten password: the link arrives in the dev outbox, sets a new password once, and signs in", async () => {
    const email = "admin@son-tinh.example";
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/t/son-tinh/login`);
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
    await lookAt(page, "forgot-password");
    await page.getByLabel("Thư điện tử").fill(email);
    await page.getByRole("button", { name: "Gửi liên kết" }).click();
    expect(await page.getByRole("status").textContent()).toContain("Nếu địa chỉ này là một tài khoản");
    const mail = await vi.waitFor(
      async () => {
        const found = (await devOutbox()).find((m) => m.recipient === email && m.subject.includes("mật khẩu"));
        expect(found).toBeDefined();
        return found as DevMail;
      },
      { timeout: 15_000 },
    );
    const link = /(https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail.bodyText)?.[1] ?? "";
    expect(link).not.toBe("");
    await page.goto(link);
    await lookAt(page, "reset-password");
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("son-tinh-mat-khau-moi");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("son-tinh-mat-khau-moi");
    await page.getByRole("button", { name: "Lưu mật khẩu" }).click();
    await page.waitForURL(/\/t\/son-tinh\/login\?reason=password_set$/);
    await page.getByLabel("Thư điện tử").fill(email);
    await page.getByLabel("Mật khẩu").fill("son-tinh-mat-khau-moi");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${base()}/t/son-tinh/app`);
    await page.goto(link);
    expect(await page.getByRole("alert").textContent()).toContain("Liên kết đã hết hạn hoặc đã được dùng");
    await context.close();
  });
});
