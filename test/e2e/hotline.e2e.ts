import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { artifactsDir, launchBrowser, seriousAxeViolations } from "./browser";

const base = () => inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A 1×1 PNG: a real image by its bytes, as the intake checks. */
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

async function staffApi(path: string, token: string, init: RequestInit = {}) {
  return fetch(`${base()}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
  });
}

async function lookUp(page: Page, trackingCode: string, receipt: string) {
  await page.goto(`${base()}/t/binh-son/hotline/status`);
  await page.getByLabel("Mã phản ánh").fill(trackingCode);
  await page.getByLabel("Mã bí mật").fill(receipt);
  await page.getByRole("button", { name: "Xem" }).click();
}

describe("the public hotline, end to end in Chromium", () => {
  it("the form fits a 390 px phone without sideways scrolling, and axe finds nothing serious, in both languages", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const [lang, file] of [
      ["", "hotline-form-390.png"],
      ["?lang=en", "hotline-form-390-en.png"],
    ] as const) {
      await page.goto(`${base()}/t/binh-son/hotline${lang}`);
      await page.screenshot({ path: join(artifactsDir, file), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base()}/t/binh-son/hotline`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("a citizen reports, follows up with the receipt, and sees the staff's answer", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    // 1. The form, in Vietnamese, with the district's hotline.
    await page.goto(`${base()}/t/binh-son/hotline`);
    await expect(page.locator("h1").textContent()).resolves.toContain("Huyện Bình Sơn");
    await expect(page.getByText("0255", { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.getByLabel("Loại phản ánh").selectOption("attitude");
    const description = "Cán bộ một cửa xã Bình Thanh Đông nói năng thiếu tôn trọng khi tôi nộp hồ sơ <b>đất đai</b>.";
    await page.getByLabel("Nội dung phản ánh").fill(description);
    await page.getByLabel("Cơ quan, đơn vị liên quan").selectOption({ label: "UBND xã Bình Thanh Đông" });
    await page.getByLabel("Ảnh hoặc PDF", { exact: false }).setInputFiles({
      name: "anh-chup.png",
      mimeType: "image/png",
      buffer: tinyPng,
    });
    await page.screenshot({ path: join(artifactsDir, "hotline-form.png"), fullPage: true });

    // 2. Sent: the tracking code and the receipt, shown once.
    await page.getByRole("button", { name: "Gửi phản ánh" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Đã nhận phản ánh của Ông/Bà");
    const trackingCode = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
    const receipt = (await page.getByTestId("receipt").textContent())?.trim() ?? "";
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2,}$/);
    expect(receipt.length).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: join(artifactsDir, "hotline-sent.png"), fullPage: true });

    // 3. Follow-up with the receipt.
    await lookUp(page, trackingCode, receipt);
    await expect(page.getByTestId("status").textContent()).resolves.toBe("Đã tiếp nhận");
    // A wrong receipt shows nothing. (Its last character changed for another: receipts are read
    // case-insensitively, so appending "xx" was no change at all when a receipt ended in "XX".)
    const stranger = await browser.newPage();
    const wrong = `${receipt.slice(0, -1)}${receipt.toUpperCase().endsWith("A") ? "B" : "A"}`;
    await lookUp(stranger, trackingCode, wrong);
    await expect(stranger.getByTestId("report").count()).resolves.toBe(0);
    await expect(stranger.getByRole("alert").textContent()).resolves.toContain("Không tìm thấy");

    // 4. The hotline officer works the report through the API.
    const login = await fetch(`${base()}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: "binh-son", email: "tiepdan@binh-son.example", password: inject("demoPassword") }),
    });
    expect(login.status).toBe(200);
    const { access_token: token } = (await login.json()) as { access_token: string };
    const list = (await (await staffApi("/v1/tenants/binh-son/reports?limit=100", token)).json()) as {
      items: { id: string; trackingCode: string }[];
    };
    const report = list.items.find((item) => item.trackingCode === trackingCode);
    expect(report).toBeDefined();
    const id = report?.id ?? "";
    const detail = (await (await staffApi(`/v1/tenants/binh-son/reports/${id}`, token)).json()) as {
      description: string;
      attachments: { id: string; contentType: string }[];
    };
    expect(detail.description).toBe(description);
    expect(detail.attachments).toHaveLength(1);
    expect(detail.attachments[0]?.contentType).toBe("image/png");
    const file = await staffApi(`/v1/tenants/binh-son/reports/${id}/attachments/${detail.attachments[0]?.id}`, token);
    expect(Buffer.from(await file.arrayBuffer()).equals(tinyPng)).toBe(true);

    const units = (await (await staffApi("/v1/tenants/binh-son/units?limit=100", token)).json()) as {
      items: { id: string; code: string }[];
    };
    const commune = units.items.find((unit) => unit.code === "BTD")?.id;
    const answer = "Đã làm việc với cán bộ một cửa; cán bộ đã xin lỗi và được nhắc nhở bằng văn bản.";
    for (const body of [
      { to: "accepted" },
      { to: "assigned", unitId: commune },
      { to: "in_progress" },
      { to: "resolved", finding: "unsubstantiated", answer },
    ]) {
      const res = await staffApi(`/v1/tenants/binh-son/reports/${id}/transitions`, token, {
        method: "POST",
        body: JSON.stringify(body),
      });
      expect(res.status, JSON.stringify(body)).toBe(200);
    }

    // 5. The citizen sees the answer.
    await lookUp(page, trackingCode, receipt);
    await expect(page.getByTestId("status").textContent()).resolves.toBe("Đã giải quyết");
    await expect(page.getByTestId("answer").textContent()).resolves.toContain(answer);
    await page.screenshot({ path: join(artifactsDir, "hotline-status.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("shows the form in English, and escapes what a person typed when it shows it again", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/t/binh-son/hotline?lang=en`);
    await expect(page.locator("h2#form-title").textContent()).resolves.toBe("Send a report");
    await page.evaluate(() => {
      // Let the server, not the browser's own check, judge the length.
      for (const el of Array.from(document.querySelectorAll("[minlength],[required]"))) {
        el.removeAttribute("minlength");
        el.removeAttribute("required");
      }
    });
    // 18 characters: under the 20 the intake asks for, so the form comes back.
    await page.getByLabel("What happened").fill("<script>x()</script>".slice(0, 18));
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("20");
    await expect(page.locator("#description").inputValue()).resolves.toBe("<script>x()</script>".slice(0, 18));
    await expect(page.locator("main script").count()).resolves.toBe(0);
    await expect(page.locator("#description").getAttribute("aria-invalid")).resolves.toBe("true");
  });
});
