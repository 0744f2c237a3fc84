import { reportCategories, reports, tenants } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { TenantSettings } from "@kycuong/domain/tenants";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { signIn } from "./fixtures/client";
import { insertTenant, testDb } from "./fixtures/db";
import { freshIp } from "./fixtures/intake";
import { insertCategory } from "./fixtures/reports";
import { createStaffTenant } from "./fixtures/staff";

async function tenantWithForm(settings: Record<string, unknown> = {}) {
  const tenant = await insertTenant({ settings: TenantSettings.parse(settings) });
  const at = new Date().toISOString();
  await testDb().insert(reportCategories).values({
    id: newId(),
    tenantId: tenant.id,
    code: "delay",
    nameVi: "Chậm trễ",
    nameEn: "Delay",
    deadlineWorkingDays: 5,
    createdAt: at,
    updatedAt: at,
  });
  return tenant;
}

function postForm(slug: string, fields: Record<string, string>, ip = freshIp()) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return api(`/t/${slug}/hotline`, { method: "POST", body: form, headers: { "CF-Connecting-IP": ip } });
}

const codeIn = (html: string) => /data-testid="tracking-code">([^<]+)</.exec(html)?.[1];

describe("hotline pages", () => {
  it("serve no script, and only the tenant's own websites may frame them", async () => {
    const tenant = await tenantWithForm({ hotline: { allowedOrigins: ["https://binhson.quangngai.gov.vn"] } });
    const res = await api(`/t/${tenant.slug}/hotline`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'self' https://binhson.quangngai.gov.vn");
    expect(csp).toContain("form-action 'self'");
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script\b/);
    expect(html).toContain('lang="vi"');
  });

  it("a form sent twice (a double click, a refresh) records one report", async () => {
    const tenant = await tenantWithForm();
    const fields = {
      formKey: "form-key-0123456789abcdef",
      category: "delay",
      description: "Hồ sơ cấp giấy chứng nhận quá hạn 15 ngày mà chưa có trả lời.",
    };
    const ip = freshIp();
    const first = await postForm(tenant.slug, fields, ip);
    const second = await postForm(tenant.slug, fields, ip);
    expect(first.status).toBe(200);
    const code = codeIn(await first.text());
    expect(code).toBeTruthy();
    expect(codeIn(await second.text())).toBe(code);
    const rows = await testDb().select({ id: reports.id }).from(reports).where(eq(reports.tenantId, tenant.id));
    expect(rows).toHaveLength(1);
  });

  it("shows the form again with the errors, and stores nothing, when the honeypot is filled", async () => {
    const tenant = await tenantWithForm();
    const res = await postForm(tenant.slug, {
      category: "delay",
      description: "Một đoạn mô tả đủ dài để vượt qua kiểm tra độ dài.",
      website: "http://spam.example",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('role="alert"');
    const rows = await testDb().select({ id: reports.id }).from(reports).where(eq(reports.tenantId, tenant.id));
    expect(rows).toHaveLength(0);
  });

  it("the status page answers every miss the same way", async () => {
    const tenant = await tenantWithForm();
    const lookUp = (trackingCode: string, receipt: string) => {
      const form = new URLSearchParams({ trackingCode, receipt });
      return api(`/t/${tenant.slug}/hotline/status`, {
        method: "POST",
        body: form,
        headers: { "content-type": "application/x-www-form-urlencoded", "CF-Connecting-IP": freshIp() },
      });
    };
    const sent = await postForm(tenant.slug, {
      category: "delay",
      description: "Hồ sơ cấp giấy chứng nhận quá hạn 15 ngày mà chưa có trả lời.",
    });
    const html = await sent.text();
    const code = codeIn(html) ?? "";
    const receipt = /data-testid="receipt">([^<]+)</.exec(html)?.[1] ?? "";
    const found = await lookUp(code, receipt);
    expect(found.status).toBe(200);
    expect(await found.text()).toContain('data-testid="status">Đã tiếp nhận<');
    const wrongReceipt = await lookUp(code, "not-the-receipt");
    const unknownCode = await lookUp("ZZZZ-ZZZZ-ZZ", receipt);
    expect(wrongReceipt.status).toBe(404);
    expect(unknownCode.status).toBe(404);
    const body = (res: string) => res.replace(/value="[^"]*"/g, "");
    expect(body(await wrongReceipt.text())).toBe(body(await unknownCode.text()));
  });

  it("tells a person, in a page, that a suspended or unknown hotline is not available", async () => {
    const tenant = await tenantWithForm();
    await testDb().update(tenants).set({ status: "suspended" }).where(eq(tenants.id, tenant.id));
    const res = await api(`/t/${tenant.slug}/hotline`);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("tạm ngưng");
    const unknown = await api("/t/khong-co-huyen-nay/hotline?lang=en");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("There is no hotline at this address");
  });

  it("speaks one language per page: a Vietnamese status page addresses Ông/Bà, dates as ngày dd/mm/yyyy, labels the reporter's own messages", async () => {
    const d = await createStaffTenant();
    await insertCategory(d, "delay", 5);
    const sent = await postForm(d.tenant.slug, {
      category: "delay",
      description: "Hồ sơ cấp giấy chứng nhận quá hạn 15 ngày mà chưa có trả lời.",
    });
    const sentHtml = await sent.text();
    expect(sentHtml).toContain("Đã nhận phản ánh của Ông/Bà");
    const trackingCode = codeIn(sentHtml) ?? "";
    const receipt = /data-testid="receipt">([^<]+)</.exec(sentHtml)?.[1] ?? "";
    const form = (path: string, fields: Record<string, string>, lang = "") =>
      api(`/t/${d.tenant.slug}/hotline/status${path}${lang}`, {
        method: "POST",
        body: new URLSearchParams(fields),
        headers: { "content-type": "application/x-www-form-urlencoded", "CF-Connecting-IP": freshIp() },
      });
    const added = await form("/messages", { trackingCode, receipt, message: "Tôi bổ sung số biên nhận 0412." });
    expect(added.status).toBeLessThan(400);
    const [row] = await testDb().select({ id: reports.id }).from(reports).where(eq(reports.tenantId, d.tenant.id));
    const reason = "Nội dung thuộc thẩm quyền của Tòa án";
    const moved = await signIn(d, "hotline_officer").post(`/reports/${row?.id}/transitions`, {
      to: "rejected",
      reason,
    });
    expect(moved.status).toBe(200);

    const vi = await (await form("", { trackingCode, receipt })).text();
    const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(vi)?.[1] ?? "";
    expect(timeline).toContain("Ông/Bà bổ sung: Tôi bổ sung số biên nhận 0412.");
    expect(timeline).toContain(`Không thụ lý — Phản ánh không thuộc phạm vi giải quyết — Lý do: ${reason}`);
    expect(timeline).toMatch(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    expect(vi).toMatch(/Hạn trả lời: \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    for (const english of ["Your report", "Reason", "You added", " · "]) expect(timeline).not.toContain(english);

    const en = await (await form("", { trackingCode, receipt }, "?lang=en")).text();
    const enTimeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(en)?.[1] ?? "";
    expect(enTimeline).toContain("You added: Tôi bổ sung số biên nhận 0412.");
    expect(enTimeline).toContain(`Not taken up — Your report is outside what the hotline handles — Reason: ${reason}`);
    expect(enTimeline).not.toContain("Lý do");
  });
});
