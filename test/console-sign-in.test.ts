import { describe, expect, it } from "vitest";
import { ConsoleBrowser } from "./fixtures/console";
import { createStaffTenant } from "./fixtures/staff";

describe("console sign-in", () => {
  it("signs in with the form, lands on the console, signs out", async () => {
    const d = await createStaffTenant();
    const browser = new ConsoleBrowser(d.tenant.slug);
    const page = await browser.get(`/t/${d.tenant.slug}/login`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('name="email"');
    const signedIn = await browser.signIn(d.users.hotline_officer.email);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(`/t/${d.tenant.slug}/app`);
    const home = await browser.get(`/t/${d.tenant.slug}/app`);
    expect(home.status).toBe(200);
    const out = await browser.post(`/t/${d.tenant.slug}/logout`);
    expect(out.status).toBe(303);
    const after = await browser.get(`/t/${d.tenant.slug}/app`);
    expect(after.status).toBe(303);
  });
});
