import { describe, expect, it } from "vitest";
import { insertTenant, testDb } from "../../../../test/fixtures/db";
import { listActiveTenants } from "./list-active-tenants";

describe("listActiveTenants", () => {
  it("lists active tenants and leaves suspended ones out", async () => {
    const active = await insertTenant();
    const suspended = await insertTenant({ status: "suspended" });
    const slugs = (
      await listActiveTenants({ db: testDb(), now: new Date(), actor: { type: "system", job: "test" }, requestId: "t" })
    ).map((t) => t.slug);
    expect(slugs).toContain(active.slug);
    expect(slugs).not.toContain(suspended.slug);
  });
});
