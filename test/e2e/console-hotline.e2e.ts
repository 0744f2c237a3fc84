import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
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

async function fileReport(page: Page, description: string, email: string) {
  await page.goto(`${base()}/t/binh-son/hotline`);
  await page.getByLabel("Loại phản ánh").selectOption("attitude");
  await page.getByLabel("Nội dung phản ánh").fill(description);
  await page.getByLabel("Cơ quan, đơn vị liên quan").selectOption({ label: "UBND xã Bình Thanh Đông" });
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Tôi đồng ý để cơ quan liên hệ với tôi").check();
  await page.getByRole("button", { name: "Gửi phản ánh" }).click();
  const trackingCode = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  const receipt = (await page.getByTestId("receipt").textContent())?.trim() ?? "";
  return { trackingCode, receipt };
}

async function openCase(page: Page, trackingCode: string): Promise<void> {
  await page.getByRole("link", { name: "Phản ánh", exact: true }).click();
  // The filters fold away while none is set: open them first.
  await page.getByText("Lọc danh sách", { exact: true }).click();
  await page.getByLabel("Tìm trong nội dung").fill("Bình Thanh Đông");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await page.getByRole("link", { name: trackingCode }).click();
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(`Phản ánh ${trackingCode}`);
}

async function signOut(context: BrowserContext, page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL(/reason=signed_out/);
  await context.close();
}

describe("a day of hotline work in the console (Chromium, wrangler dev, sqld, the demo district)", () => {
  it("the officer accepts and assigns, the unit head starts and resolves, the reporter reads the answer", async () => {
    const reporterEmail = `nguoidan-${Date.now()}@example.vn`;
    const description = "Cán bộ một cửa xã Bình Thanh Đông hẹn trả hồ sơ ba lần mà không giải thích lý do.";
    const citizen = await browser.newPage();
    const { trackingCode, receipt } = await fileReport(citizen, description, reporterEmail);
    expect(trackingCode).not.toBe("");

    // The hotline officer: the new report is in the inbox; accept it, assign it to the commune.
    const officerContext = await browser.newContext();
    const officer = await officerContext.newPage();
    await signInAs(officer, "tiepdan@binh-son.example");
    await openCase(officer, trackingCode);
    expect(await officer.getByText(description).count()).toBe(1);
    await lookAt(officer, "report-case-received");
    await officer.getByRole("button", { name: "Thụ lý", exact: true }).click();
    expect(await officer.getByRole("status").first().textContent()).toContain("Đã thụ lý phản ánh.");
    await officer.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "UBND xã Bình Thanh Đông" });
    await officer.getByRole("button", { name: "Giao đơn vị xử lý" }).click();
    expect(await officer.getByRole("status").first().textContent()).toContain("Đã giao đơn vị xử lý.");
    await signOut(officerContext, officer);

    // The commune's head: the report is theirs now; start it, then resolve it with an answer.
    const headContext = await browser.newContext();
    const head = await headContext.newPage();
    await signInAs(head, "truongxa@binh-son.example");
    await openCase(head, trackingCode);
    await head.getByRole("button", { name: "Bắt đầu xử lý" }).click();
    expect(await head.getByRole("status").first().textContent()).toContain("Đã bắt đầu xử lý.");
    await lookAt(head, "report-case-in-progress");
    const answer = "UBND xã đã làm việc với cán bộ một cửa; hồ sơ của ông/bà đã được trả ngày 02/12/2026.";
    await head.getByLabel("Đúng", { exact: true }).check();
    await head.getByLabel("Trả lời người phản ánh").fill(answer);
    // Upheld needs the officials concerned: pick the first one the form offers.
    await head.locator('input[name="officialIds"]').first().check();
    await head.getByRole("button", { name: "Kết luận và trả lời" }).click();
    expect(await head.getByRole("status").first().textContent()).toContain("Đã kết luận và trả lời người phản ánh.");
    await signOut(headContext, head);

    // The reporter: the status page shows the answer, and the answer came by email once.
    await citizen.goto(`${base()}/t/binh-son/hotline/status`);
    await citizen.getByLabel("Mã phản ánh").fill(trackingCode);
    await citizen.getByLabel("Mã bí mật").fill(receipt);
    await citizen.getByRole("button", { name: "Xem" }).click();
    expect(await citizen.getByTestId("status").textContent()).toBe("Đã giải quyết");
    expect(await citizen.getByText(answer).count()).toBeGreaterThan(0);
    const mails = await vi.waitFor(
      async () => {
        const items = (
          (await (await fetch(`${base()}/dev/outbox.json`)).json()) as {
            items: { recipient: string; bodyText: string }[];
          }
        ).items.filter((m) => m.recipient === reporterEmail);
        expect(items.length).toBeGreaterThan(0);
        return items;
      },
      { timeout: 15_000 },
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.bodyText).toContain(answer);
    expect(mails[0]?.bodyText).not.toContain(receipt);
    await citizen.close();
  });
});
