import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { lookAt, signInAs } from "./console-pages";

const base = () => inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The first link on the page whose path matches, as a path. */
async function firstLink(page: Page, pattern: RegExp): Promise<string | null> {
  const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

/** A list page, then the first item it links to: both looked at (screenshots, 390 px, axe). */
async function listAndItem(page: Page, list: string, item: RegExp, name: string): Promise<void> {
  const res = await page.goto(`${base()}${list}`);
  expect(res?.status(), list).toBe(200);
  await lookAt(page, `${name}-list`);
  const link = await firstLink(page, item);
  expect(link, `a link to an item on ${list}`).not.toBeNull();
  const itemRes = await page.goto(`${base()}${link}`);
  expect(itemRes?.status(), link ?? "").toBe(200);
  await lookAt(page, name);
}

describe("every console page, as the role that uses it (screenshots at 1280 and 390 px, axe-core)", () => {
  it("the hotline officer: the inbox, a case and the form for a call", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "tiepdan@binh-son.example");
    await listAndItem(page, "/t/binh-son/app/reports", /^\/t\/binh-son\/app\/reports\/[0-9a-f-]{36}$/, "report");
    await page.goto(`${base()}/t/binh-son/app/reports/new`);
    await lookAt(page, "report-new");
    await page.goto(`${base()}/t/binh-son/app/reports?overdue=true&lang=en`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Reports");
    await lookAt(page, "reports-overdue-en");
    await page.goto(`${base()}/t/binh-son/app?lang=vi`);
    await context.close();
  });

  it("the party office: tasks, dialogues with the conclusion highlighted, the tracking book", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "vanphong@binh-son.example");
    await listAndItem(page, "/t/binh-son/app/tasks", /^\/t\/binh-son\/app\/tasks\/[0-9a-f-]{36}$/, "task");
    await listAndItem(
      page,
      "/t/binh-son/app/dialogues?conclusions=overdue",
      /^\/t\/binh-son\/app\/dialogues\/[0-9a-f-]{36}/,
      "dialogue",
    );
    expect(await page.locator('[aria-current="true"]').count()).toBe(1);
    await page.goto(`${base()}/t/binh-son/app/tracking-book?year=${new Date().getFullYear()}`);
    await lookAt(page, "tracking-book");
    await context.close();
  });

  it("the inspector: violation records and inspections", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "kiemtra@binh-son.example");
    await listAndItem(
      page,
      "/t/binh-son/app/violations",
      /^\/t\/binh-son\/app\/violations\/[0-9a-f-]{36}$/,
      "violation",
    );
    await listAndItem(
      page,
      "/t/binh-son/app/inspections",
      /^\/t\/binh-son\/app\/inspections\/[0-9a-f-]{36}$/,
      "inspection",
    );
    await context.close();
  });

  it("the tenant admin: the outbox and one message", async () => {
    // The morning's digests, so the outbox has something in it whatever ran before.
    const morning = new Date(inject("demoAlertMorning"));
    await fetch(`${base()}/cdn-cgi/handler/scheduled?cron=*/15+*+*+*+*&time=${morning.getTime()}`);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "admin@binh-son.example");
    await expect
      .poll(
        async () => {
          await page.goto(`${base()}/t/binh-son/app/notifications`);
          return firstLink(page, /^\/t\/binh-son\/app\/notifications\/[0-9a-f-]{36}$/);
        },
        { timeout: 30_000, interval: 1000 },
      )
      .not.toBeNull();
    await listAndItem(
      page,
      "/t/binh-son/app/notifications",
      /^\/t\/binh-son\/app\/notifications\/[0-9a-f-]{36}$/,
      "notification",
    );
    await context.close();
  });
});
