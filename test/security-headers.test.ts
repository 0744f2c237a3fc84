import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { ConsoleBrowser } from "./fixtures/console";
import { createStaffTenant } from "./fixtures/staff";

/**
 * Every kind of answer the Worker gives carries the same protective headers:
 * `nosniff`, HSTS (tests run with ENVIRONMENT=production), and a CSP on
 * every HTML page, whatever route or error made it.
 */
describe("security headers on every kind of answer", () => {
  it("JSON, problem documents, HTML pages, the API reference, Open311, console pages and redirects", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.signIn(d.users.hotline_officer.email);
    const signedIn = { cookie: [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ") };
    const answers: [string, Response][] = [
      ["health (JSON)", await api("/health")],
      ["the OpenAPI document", await api("/openapi.json")],
      ["the API reference page", await api("/docs")],
      ["a problem: unknown path", await api("/no-such-path")],
      ["a problem: no token", await api(`/v1/tenants/${d.tenant.slug}/units`)],
      [
        "a problem: malformed JSON",
        await api("/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
      ],
      ["a public profile", await api(`/v1/public/tenants/${d.tenant.slug}`)],
      ["Open311 services", await api(`/open311/v2/services.json?jurisdiction_id=${d.tenant.slug}`)],
      ["the hotline page", await api(`/t/${d.tenant.slug}/hotline`)],
      ["an unknown tenant's page", await api("/t/khong-co-huyen-nay/hotline")],
      ["the sign-in page", await api(`/t/${d.tenant.slug}/login`)],
      ["a console redirect", await api(`/t/${d.tenant.slug}/app`, { redirect: "manual" })],
      ["a console page", await api(`/t/${d.tenant.slug}/app/reports`, { headers: signedIn })],
      ["a console 404 page", await api(`/t/${d.tenant.slug}/app/nothing-here`, { headers: signedIn })],
    ];
    for (const [what, res] of answers) {
      expect(res.status, what).toBeLessThan(500);
      expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
      expect(res.headers.get("strict-transport-security"), what).toMatch(/^max-age=\d{7,}/);
      if (res.headers.get("content-type")?.startsWith("text/html")) {
        const csp = res.headers.get("content-security-policy") ?? "";
        expect(csp, what).toContain("default-src 'none'");
        expect(csp, what).not.toContain("script-src *");
        expect(csp, what).toMatch(/frame-ancestors/);
      }
    }
  });
});
