import type { Browser } from "playwright-core";
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

describe("the working calendar page (screenshots at 1280 and 390 px, axe-core)", () => {
  it("the tenant admin: an announced, a projected and a missing year, and the form sent with mistakes", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "admin@binh-son.example");
    await page.getByRole("link", { name: "Lịch làm việc" }).click();
    await page.waitForURL(`${base()}/t/binh-son/app/settings/calendar`);
    await page.goto(`${base()}/t/binh-son/app/settings/calendar?year=2026`);
    await lookAt(page, "calendar-2026");
    await page.goto(`${base()}/t/binh-son/app/settings/calendar?year=2027`);
    await lookAt(page, "calendar-2027-projected");
    await page.goto(`${base()}/t/binh-son/app/settings/calendar?year=2029`);
    expect(await page.getByRole("heading", { name: "Chưa có lịch quốc gia năm 2029" }).count()).toBe(1);
    await lookAt(page, "calendar-2029-missing");
    // Without a name the form comes back with its mistake marked, nothing written.
    await page.getByLabel("Ngày", { exact: true }).fill("2029-10-20");
    const answer = page.waitForResponse((res) => res.request().method() === "POST");
    await page.getByRole("button", { name: "Lưu ngày" }).click();
    expect((await answer).status()).toBe(400);
    expect(await page.getByRole("link", { name: "Nhập tên ngày (tối đa 200 ký tự)." }).count()).toBe(1);
    await lookAt(page, "calendar-form-errors");
    await context.close();
  });
});
