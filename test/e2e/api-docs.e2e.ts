import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { artifactsDir, launchBrowser } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the API reference page in a real browser", () => {
  it("renders every endpoint without any script, and links problem codes", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${inject("baseUrl")}/docs`);
    await expect(page.title()).resolves.toContain("Kỷ Cương API");
    await expect(page.locator("h1").textContent()).resolves.toBe("Kỷ Cương API");
    const operations = await page.locator("section.operation").count();
    expect(operations).toBeGreaterThan(20);
    await expect(page.locator("#problem-tenant_not_found").isVisible()).resolves.toBe(true);
    expect(await page.locator("script").count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, "api-docs.png") });
    expect(errors).toEqual([]);
  });
});
