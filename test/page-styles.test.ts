import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { ConsoleBrowser } from "./fixtures/console";
import { createStaffTenant } from "./fixtures/staff";

// A <style> element's text is not HTML: the browser reads `&quot;` there as
// the characters `&quot;`, not a quote. So `font-family:"Segoe UI"` escaped
// drops the whole font declaration (the page falls back to a serif font),
// `a>span` escaped drops the rule, and `content:"›"` loses the breadcrumb
// separator. Every page's style sheet must arrive exactly as written.
const escapedInStyle = /&(?:quot|gt|lt|amp|#39|#x27);/;

function styleSheets(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");
}

describe("the pages' style sheets", () => {
  it("reach the browser unescaped on the hotline, the console and the API reference", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.signIn(d.users.hotline_officer.email);
    const pages = {
      hotline: await (await api(`/t/${d.tenant.slug}/hotline`)).text(),
      "console sign-in": (await new ConsoleBrowser(d.tenant.slug).get(`/t/${d.tenant.slug}/login`)).html,
      "console home": (await browser.get(`/t/${d.tenant.slug}/app`)).html,
      "API reference": await (await api("/docs")).text(),
    };
    for (const [name, html] of Object.entries(pages)) {
      const sheets = styleSheets(html);
      expect(sheets.length, `${name} has a style sheet`).toBeGreaterThan(0);
      for (const sheet of sheets) expect(sheet, name).not.toMatch(escapedInStyle);
    }
    // The console's font stack, whole.
    expect(styleSheets(pages["console home"]).join("")).toContain('font-family:system-ui,-apple-system,"Segoe UI"');
  });
});
