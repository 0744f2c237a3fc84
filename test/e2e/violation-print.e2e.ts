import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { artifactsDir, launchBrowser } from "./browser";
import { signInAs } from "./console-pages";
import { pdfPageTexts } from "./pdf-text";

const base = () => inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Text compared without whitespace: a PDF places words, it does not always draw the spaces between them. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("the printed violation record in Chromium (A4, Decree 30/2020 margins)", () => {
  it("prints the demo record on A4 in two pages, the signature blocks together on one page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, "kiemtra@binh-son.example");
    await page.goto(`${base()}/t/binh-son/app/violations`);
    const link = (await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).find(
      (href) => /^\/t\/binh-son\/app\/violations\/[0-9a-f-]{36}$/.test(href),
    );
    expect(link, "the demo record on the list").toBeDefined();
    const res = await page.goto(`${base()}${link}/print`);
    expect(res?.status()).toBe(200);

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.screenshot({ path: join(artifactsDir, `violation-print-${width}.png`), fullPage: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(width);
    }

    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    writeFileSync(join(artifactsDir, "violation-print.pdf"), pdf);
    // A4 in points (595 × 842, as Chromium rounds it): the page size the CSS asks for.
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);

    const pages = pdfPageTexts(pdf).map(squeeze);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain(squeeze("UBND HUYỆN BÌNH SƠN"));
    expect(pages[0]).toContain(squeeze("TỔ KIỂM TRA 20"));
    expect(pages[0]).toContain(squeeze("Độc lập - Tự do - Hạnh phúc"));
    expect(pages[0]).toContain(squeeze("BIÊN BẢN VI PHẠM"));

    // Every signature block, from the team leader's to the last witness's, on the same page.
    const blocks = ["TỔ TRƯỞNG", "NGƯỜI LẬP BIÊN BẢN", "NGƯỜI VI PHẠM", "NGƯỜI CHỨNG KIẾN"].map(squeeze);
    const holding = pages.map((text) => blocks.filter((title) => text.includes(title)));
    expect(
      holding.filter((titles) => titles.length > 0),
      "pages with signature blocks",
    ).toHaveLength(1);
    const signaturePage = pages[holding.findIndex((titles) => titles.length > 0)] ?? "";
    expect(signaturePage.split(squeeze("NGƯỜI VI PHẠM")).length - 1).toBe(3);
    expect(signaturePage.split(squeeze("NGƯỜI CHỨNG KIẾN")).length - 1).toBe(2);
    expect(signaturePage).toContain(squeeze("Lê Thị Hoa (người dân thôn An Thạnh)"));
    // The sealed hash prints after the signatures.
    expect(pages.at(-1)).toContain(squeeze("Mã niêm phong (SHA-256)"));
    await context.close();
  });
});
