import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, inject } from "vitest";
import { artifactsDir, seriousAxeViolations } from "./browser";

/** Signs in to Bình Sơn's console through its sign-in page and waits for the home (or `landing`). */
export async function signInAs(page: Page, email: string, landing = "/t/binh-son/app"): Promise<void> {
  if (!page.url().includes("/login")) await page.goto(`${inject("baseUrl")}/t/binh-son/login`);
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(inject("demoPassword"));
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(`${inject("baseUrl")}${landing}`);
}

/**
 * A console page as a phone and a desktop show it: screenshots in
 * test/e2e/artifacts (console-NAME-1280.png, -390.png), no sideways
 * scrolling at 390 px, nothing serious or critical for axe-core.
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: join(artifactsDir, `console-${name}-${width}.png`), fullPage: true });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${name} at ${width} px`).toBeLessThanOrEqual(width);
    expect(await seriousAxeViolations(page), `${name} at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
