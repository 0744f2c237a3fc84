import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { artifactsDir, launchBrowser } from "./browser";

const base = () => inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface DevMail {
  id: string;
  recipient: string;
  subject: string;
  bodyText: string;
}

async function devOutbox(): Promise<DevMail[]> {
  const res = await fetch(`${base()}/dev/outbox.json`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: DevMail[] }).items;
}

/** What the README tells developers to run: the cron replayed at a working-day morning in Việt Nam. */
async function replayCron(at: Date): Promise<void> {
  const res = await fetch(`${base()}/cdn-cgi/handler/scheduled?cron=*/15+*+*+*+*&time=${at.getTime()}`);
  expect(res.status).toBe(200);
}

describe("overdue alerts on the local stack (wrangler dev, its queue, sqld)", () => {
  it("the replayed cron puts Bình Sơn's digests in the dev outbox, once, readable in a browser", async () => {
    const morning = new Date(inject("demoAlertMorning"));
    await replayCron(morning);
    await vi.waitFor(
      async () => {
        const recipients = (await devOutbox()).map((mail) => mail.recipient);
        expect(recipients).toContain("truongxa@binh-son.example");
        expect(recipients).toContain("admin@binh-son.example");
      },
      { timeout: 30_000, interval: 500 },
    );
    const first = await devOutbox();
    const head = first.find((mail) => mail.recipient === "truongxa@binh-son.example");
    expect(head?.subject).toMatch(/Huyện Bình Sơn: [1-9]\d* việc quá hạn/);
    expect(head?.bodyText).toContain("UBND xã Bình Thanh Đông");

    // The same call again: nothing new, after giving the queue time to deliver a (wrong) second round.
    await replayCron(morning);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect((await devOutbox()).map((mail) => mail.id).sort()).toEqual(first.map((mail) => mail.id).sort());

    const page = await browser.newPage();
    await page.goto(`${base()}/dev/outbox`);
    await expect.poll(() => page.getByText("truongxa@binh-son.example").count()).toBeGreaterThan(0);
    await page.goto(`${base()}/dev/outbox/${head?.id}`);
    await expect.poll(() => page.getByRole("heading", { name: "UBND xã Bình Thanh Đông" }).count()).toBe(1);
    const links = await page.locator("a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((href) => href.startsWith(`${base()}/t/binh-son/app/reports/`))).toBe(true);
    await page.screenshot({ path: join(artifactsDir, "alert-digest.png"), fullPage: true });
    // On a phone the table wraps instead of running off the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(artifactsDir, "alert-digest-390.png"), fullPage: true });
    await page.close();
  });
});

describe("digest links open the console", () => {
  it("every link in a unit head's and the leadership's digest leads through sign-in to its item", async () => {
    await replayCron(new Date(inject("demoAlertMorning")));
    const mails = await vi.waitFor(
      async () => {
        const found = (await devOutbox()).filter((mail) =>
          ["truongxa@binh-son.example", "admin@binh-son.example"].includes(mail.recipient),
        );
        expect(found.length).toBeGreaterThanOrEqual(2);
        return found;
      },
      { timeout: 30_000, interval: 500 },
    );
    for (const mail of mails) {
      const links = [...new Set(mail.bodyText.match(/https?:\/\/\S+\/t\/binh-son\/app\/\S+/g) ?? [])];
      expect(links.length, `links in the digest to ${mail.recipient}`).toBeGreaterThan(0);
      for (const link of links) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(link);
        await page.waitForURL(/\/t\/binh-son\/login\?next=/);
        await page.getByLabel("Thư điện tử").fill(mail.recipient);
        await page.getByLabel("Mật khẩu").fill(inject("demoPassword"));
        const [landing] = await Promise.all([
          page.waitForResponse((r) => r.url() === link.split("#")[0] && r.request().method() === "GET"),
          page.getByRole("button", { name: "Đăng nhập" }).click(),
        ]);
        expect(landing.status(), link).toBe(200);
        expect(page.url().split("#")[0], link).toBe(link.split("#")[0]);
        await context.close();
      }
    }
  });
});
