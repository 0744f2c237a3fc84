import { HotlineChannel, PublicHotline, PublicReportCategories, ReportCategory } from "@kycuong/domain/hotline";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { created, ok, signIn } from "./fixtures/client";
import { districtPhone } from "./fixtures/hotline-directory";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";

describe("public hotline directory and categories", () => {
  /** A tenant with an active and a withdrawn district line, a commune's own line, and two categories. */
  async function publishedTenant() {
    const d = await createStaffTenant();
    const post = (path: string, body: unknown) => signIn(d, "tenant_admin").post(`/${path}`, body);
    const line = await created(await post("hotline-channels", { ...districtPhone, sortOrder: 2 }), HotlineChannel);
    const mailbox = await created(
      await post("hotline-channels", { kind: "email", value: "tiepdan@huyen.example", label: "Hộp thư", sortOrder: 1 }),
      HotlineChannel,
    );
    const old = await created(
      await post("hotline-channels", { ...districtPhone, value: "0255 3800 000", label: "Số cũ" }),
      HotlineChannel,
    );
    await signIn(d, "tenant_admin").post(`/hotline-channels/${old.id}/deactivate`);
    await created(
      await post("hotline-channels", {
        kind: "phone",
        value: "0255 3862 333",
        label: "Tiếp dân xã",
        postedAt: ["commune_offices"],
        unitId: d.communeUnitId,
      }),
      HotlineChannel,
    );
    await created(
      await post("report-categories", {
        code: "other",
        nameVi: "Khác",
        nameEn: "Other",
        deadlineWorkingDays: 10,
        sortOrder: 2,
      }),
      ReportCategory,
    );
    await created(
      await post("report-categories", {
        code: "alcohol",
        nameVi: "Uống rượu bia",
        nameEn: "Alcohol",
        deadlineWorkingDays: 1,
        sortOrder: 1,
      }),
      ReportCategory,
    );
    const retired = await created(
      await post("report-categories", { code: "retired", nameVi: "Cũ", nameEn: "Old", deadlineWorkingDays: 5 }),
      ReportCategory,
    );
    await signIn(d, "tenant_admin").post(`/report-categories/${retired.id}/deactivate`);
    return { d, line, mailbox };
  }

  it("shows only active channels, the units' own contacts and the active units, without a login", async () => {
    const { d } = await publishedTenant();
    const res = await api(`/v1/public/tenants/${d.tenant.slug}/hotline`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const body = await ok(res, PublicHotline);
    expect(body.tenant).toEqual({ slug: d.tenant.slug, name: `Huyện ${d.tenant.slug}` });
    expect(body.channels).toEqual([
      { kind: "email", value: "tiepdan@huyen.example", label: "Hộp thư", hours: null, postedAt: [] },
      {
        kind: "phone",
        value: "0255 3851.111",
        label: districtPhone.label,
        hours: districtPhone.hours,
        postedAt: ["district_portal", "public_admin_centre"],
      },
    ]);
    expect(body.unitContacts).toEqual([
      {
        unit: { id: d.communeUnitId, name: "Xã Bình Thanh Đông" },
        channels: [expect.objectContaining({ value: "0255 3862 333" })],
      },
    ]);
    // Vietnamese order: "Bình Chánh" before "Bình Thanh Đông".
    expect(body.units.map((u) => u.name)).toEqual(["UBND huyện", "Xã Bình Chánh", "Xã Bình Thanh Đông"]);

    // A deactivated unit leaves the picker, and its contacts go with it.
    await signIn(d, "tenant_admin").post(`/units/${d.communeUnitId}/deactivate`);
    const after = await ok(await api(`/v1/public/tenants/${d.tenant.slug}/hotline`), PublicHotline);
    expect(after.unitContacts).toEqual([]);
    expect(after.units.map((u) => u.id)).not.toContain(d.communeUnitId);
  });

  it("lists only active categories, in the admins' order", async () => {
    const { d } = await publishedTenant();
    const res = await api(`/v1/public/tenants/${d.tenant.slug}/report-categories`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      items: [
        { code: "alcohol", nameVi: "Uống rượu bia", nameEn: "Alcohol", deadlineWorkingDays: 1 },
        { code: "other", nameVi: "Khác", nameEn: "Other", deadlineWorkingDays: 10 },
      ],
    });
  });

  it("answers 304 to a matching If-None-Match, and a new ETag once something changed", async () => {
    const { d, line } = await publishedTenant();
    for (const path of ["hotline", "report-categories"]) {
      const url = `/v1/public/tenants/${d.tenant.slug}/${path}`;
      const first = await api(url);
      const etag = first.headers.get("etag") as string;
      expect(etag, path).toMatch(/^"[0-9a-f]{64}"$/);
      expect((await api(url)).headers.get("etag"), path).toBe(etag);

      const cached = await api(url, { headers: { "If-None-Match": `"stale", W/${etag}` } });
      expect(cached.status, path).toBe(304);
      expect(await cached.text(), path).toBe("");
      expect(cached.headers.get("etag")).toBe(etag);
      expect(cached.headers.get("cache-control")).toBe("public, max-age=300");
      expect((await api(url, { headers: { "If-None-Match": '"stale"' } })).status, path).toBe(200);
    }

    const url = `/v1/public/tenants/${d.tenant.slug}/hotline`;
    const before = (await api(url)).headers.get("etag") as string;
    await signIn(d, "tenant_admin").patch(`/hotline-channels/${line.id}`, { hours: "24/7" });
    const changed = await api(url, { headers: { "If-None-Match": before } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(before);
  });

  it("never shows another tenant's channels, units or categories", async () => {
    const { d: mine } = await publishedTenant();
    const { d: theirs } = await publishedTenant();
    await signIn(theirs, "tenant_admin").post("/hotline-channels", { ...districtPhone, value: "0255 3999 999" });
    await signIn(theirs, "tenant_admin").post("/report-categories", {
      code: "theirs_only",
      nameVi: "Riêng",
      nameEn: "Theirs",
      deadlineWorkingDays: 2,
    });
    const hotline = await ok(await api(`/v1/public/tenants/${mine.tenant.slug}/hotline`), PublicHotline);
    expect(JSON.stringify(hotline)).not.toContain("0255 3999 999");
    expect(hotline.channels).toHaveLength(2);
    const unitIds = [...hotline.units, ...hotline.unitContacts.map((u) => u.unit)].map((u) => u.id);
    for (const id of [theirs.districtUnitId, theirs.communeUnitId, theirs.otherCommuneUnitId]) {
      expect(unitIds).not.toContain(id);
    }
    const categories = await ok(
      await api(`/v1/public/tenants/${mine.tenant.slug}/report-categories`),
      PublicReportCategories,
    );
    expect(categories.items.map((c) => c.code)).toEqual(["alcohol", "other"]);
  });

  it("answers 403 for a suspended tenant and 404 for an unknown one", async () => {
    const suspended = await createStaffTenant({ status: "suspended" });
    for (const path of ["hotline", "report-categories"]) {
      await expectProblem(await api(`/v1/public/tenants/${suspended.tenant.slug}/${path}`), 403, "tenant_suspended");
      await expectProblem(await api(`/v1/public/tenants/khong-co-huyen-nay/${path}`), 404, "tenant_not_found");
    }
  });
});
